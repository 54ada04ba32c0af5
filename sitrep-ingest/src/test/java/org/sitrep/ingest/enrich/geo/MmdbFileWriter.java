package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small MaxMind DB files for tests, following the MaxMind DB format 2.0 spec (no writer library is on Maven
 * Central): an IPv6 search tree with 24-bit records (IPv4 networks under {@code ::/96}), a data section without
 * pointers, and the metadata map. Networks must not overlap. Values: {@code String}, {@code Integer} (uint16),
 * {@code Long} (uint32), {@code BigInteger} (uint64), {@code Map<String, ?>}, {@code List<?>}.
 */
final class MmdbFileWriter {

    private static final byte[] METADATA_MARKER = {
        (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a', 'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'
    };

    private final String databaseType;
    private final Node root = new Node();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    MmdbFileWriter(String databaseType) {
        this.databaseType = databaseType;
    }

    private static final class Node {
        final Object[] children = new Object[2];
    }

    private record Data(int offset) {}

    MmdbFileWriter insert(String cidr, Map<String, ?> value) {
        IPAddress network = new IPAddressString(cidr).getAddress();
        int prefix = network.getPrefixLength();
        byte[] bytes = network.getLower().getBytes();
        byte[] address = new byte[16];
        System.arraycopy(bytes, 0, address, 16 - bytes.length, bytes.length);
        int bits = network.isIPv4() ? 96 + prefix : prefix;
        Data leaf = new Data(data.size());
        encode(value, data);
        Node node = root;
        for (int i = 0; i < bits - 1; i++) {
            int bit = bit(address, i);
            if (!(node.children[bit] instanceof Node)) {
                node.children[bit] = new Node();
            }
            node = (Node) node.children[bit];
        }
        node.children[bit(address, bits - 1)] = leaf;
        return this;
    }

    void write(Path file) throws IOException {
        List<Node> nodes = new ArrayList<>();
        Map<Node, Integer> numbers = new IdentityHashMap<>();
        ArrayDeque<Node> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Node node = queue.poll();
            numbers.put(node, nodes.size());
            nodes.add(node);
            for (Object child : node.children) {
                if (child instanceof Node next) {
                    queue.add(next);
                }
            }
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node node : nodes) {
            for (Object child : node.children) {
                long record = child instanceof Node next
                        ? numbers.get(next)
                        : child instanceof Data leaf ? nodeCount + 16L + leaf.offset() : nodeCount;
                out.write((int) (record >>> 16) & 0xFF);
                out.write((int) (record >>> 8) & 0xFF);
                out.write((int) record & 0xFF);
            }
        }
        out.write(new byte[16]);
        out.write(data.toByteArray());
        out.write(METADATA_MARKER);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", (long) nodeCount);
        metadata.put("record_size", 24);
        metadata.put("ip_version", 6);
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", 2);
        metadata.put("binary_format_minor_version", 0);
        metadata.put("build_epoch", BigInteger.valueOf(1_795_000_000L));
        metadata.put("description", Map.of("en", "test database " + databaseType));
        encode(metadata, out);
        Files.write(file, out.toByteArray());
    }

    private static int bit(byte[] address, int index) {
        return (address[index / 8] >> (7 - index % 8)) & 1;
    }

    private static void encode(Object value, ByteArrayOutputStream out) {
        switch (value) {
            case String text -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                control(2, bytes.length, out);
                out.writeBytes(bytes);
            }
            case Integer number -> unsigned(5, number, out);
            case Long number -> unsigned(6, number, out);
            case BigInteger number -> unsigned(9, number.longValueExact(), out);
            case Map<?, ?> map -> {
                control(7, map.size(), out);
                map.forEach((key, entry) -> {
                    encode(key, out);
                    encode(entry, out);
                });
            }
            case List<?> list -> {
                control(11, list.size(), out);
                list.forEach(entry -> encode(entry, out));
            }
            default -> throw new IllegalArgumentException("cannot encode " + value.getClass());
        }
    }

    private static void unsigned(int type, long value, ByteArrayOutputStream out) {
        int length = 0;
        for (long rest = value; rest != 0; rest >>>= 8) {
            length++;
        }
        control(type, length, out);
        for (int i = length - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    private static void control(int type, int size, ByteArrayOutputStream out) {
        int first = (type <= 7 ? type : 0) << 5;
        byte[] extra;
        if (size < 29) {
            first |= size;
            extra = new byte[0];
        } else if (size < 285) {
            first |= 29;
            extra = new byte[] {(byte) (size - 29)};
        } else {
            first |= 30;
            int rest = size - 285;
            extra = new byte[] {(byte) (rest >>> 8), (byte) rest};
        }
        out.write(first);
        if (type > 7) {
            out.write(type - 7);
        }
        out.writeBytes(extra);
    }
}
