package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ip2region xdb files (structure 3.0) for tests, as the ip2region searcher reads them (the Java binding
 * has no maker): a 256-byte header, the 256×256 vector index over the first two address bytes, the region strings,
 * then the sorted segment index ({@code start, end, data length, data pointer}; IPv4 bounds little-endian, IPv6
 * big-endian). Segments must be sorted and must not overlap.
 */
final class XdbFileWriter {

    private static final int HEADER = 256;
    private static final int VECTOR = 256 * 256 * 8;

    record Segment(String first, String last, String region) {}

    private XdbFileWriter() {}

    static void write(Path file, boolean ipv6, List<Segment> segments) throws IOException {
        int ipBytes = ipv6 ? 16 : 4;
        int indexSize = 2 * ipBytes + 6;
        List<byte[]> regions = new ArrayList<>();
        int dataSize = 0;
        for (Segment segment : segments) {
            byte[] region = segment.region().getBytes(StandardCharsets.UTF_8);
            regions.add(region);
            dataSize += region.length;
        }
        int dataStart = HEADER + VECTOR;
        int indexStart = dataStart + dataSize;
        ByteBuffer buffer =
                ByteBuffer.allocate(indexStart + indexSize * segments.size()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort(0, (short) 3);
        buffer.putShort(2, (short) 1);
        buffer.putInt(4, 1_795_000_000);
        buffer.putInt(8, indexStart);
        buffer.putInt(12, indexStart + indexSize * (segments.size() - 1));
        buffer.putShort(16, (short) (ipv6 ? 6 : 4));
        buffer.putShort(18, (short) 4);
        int dataPointer = dataStart;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            byte[] first = bytes(segment.first());
            byte[] last = bytes(segment.last());
            int entry = indexStart + i * indexSize;
            buffer.put(entry, encode(first, ipv6));
            buffer.put(entry + ipBytes, encode(last, ipv6));
            buffer.putShort(entry + 2 * ipBytes, (short) regions.get(i).length);
            buffer.putInt(entry + 2 * ipBytes + 2, dataPointer);
            buffer.put(dataPointer, regions.get(i));
            dataPointer += regions.get(i).length;
            int fromPrefix = (first[0] & 0xFF) << 8 | first[1] & 0xFF;
            int toPrefix = (last[0] & 0xFF) << 8 | last[1] & 0xFF;
            for (int prefix = fromPrefix; prefix <= toPrefix; prefix++) {
                int slot = HEADER + prefix * 8;
                if (buffer.getInt(slot) == 0) {
                    buffer.putInt(slot, entry);
                }
                buffer.putInt(slot + 4, entry);
            }
        }
        Files.write(file, buffer.array());
    }

    private static byte[] bytes(String ip) {
        IPAddress address = new IPAddressString(ip).getAddress();
        return address.getBytes();
    }

    private static byte[] encode(byte[] ip, boolean ipv6) {
        if (ipv6) {
            return ip;
        }
        return new byte[] {ip[3], ip[2], ip[1], ip[0]};
    }
}
