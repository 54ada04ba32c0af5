package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.lionsoul.ip2region.xdb.LongByteArray;
import org.lionsoul.ip2region.xdb.Searcher;
import org.lionsoul.ip2region.xdb.Version;
import org.lionsoul.ip2region.xdb.XdbException;

/**
 * Mainland-China province and city from an ip2region {@code .xdb} file (structure 2.0 or 3.0, IPv4 or IPv6 as the
 * file's header says), loaded whole into memory. The region string is {@code 国家|区域|省份|城市|ISP} (older data)
 * or {@code 国家|省份|城市|ISP|…} (newer data); {@code 0} means unknown. Only addresses whose country is 中国 and
 * whose province is one of the 31 mainland divisions are located (country {@code CN}, province with its suffix,
 * city); everything else is unknown here, including Hong Kong, Macao and Taiwan and other countries (whose names
 * ip2region writes in Chinese).
 */
public final class Ip2RegionLocator implements IpLocator {

    private final String description;
    private final Version version;
    private final ThreadLocal<Searcher> searchers;

    private Ip2RegionLocator(String description, Version version, LongByteArray content) {
        this.description = description;
        this.version = version;
        // A searcher over a shared buffer only reads it, but keeps a per-search counter: one per thread.
        this.searchers = ThreadLocal.withInitial(() -> {
            try {
                return Searcher.newWithBuffer(version, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static Ip2RegionLocator open(Path file) throws IOException {
        String path = file.toString();
        Version version;
        try {
            version = Version.fromHeader(Searcher.loadHeaderFromFile(path));
        } catch (XdbException | RuntimeException e) {
            throw new IOException(file.getFileName() + " is not an ip2region xdb file: " + e.getMessage(), e);
        }
        return new Ip2RegionLocator(
                "ip2region " + file.getFileName() + " (" + version.name + ")",
                version,
                Searcher.loadContentFromFile(path));
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public IpLocation locate(IPAddress address) {
        if (address == null) {
            return IpLocation.UNKNOWN;
        }
        IPAddress plain = GeoAddresses.unmapped(address);
        byte[] bytes = plain.getBytes();
        if (bytes.length != version.bytes) {
            return IpLocation.UNKNOWN;
        }
        try {
            return fromRegion(searchers.get().search(bytes));
        } catch (Exception e) {
            return IpLocation.UNKNOWN;
        }
    }

    /** Reads a region string; see the class comment. */
    static IpLocation fromRegion(String region) {
        if (region == null || region.isBlank()) {
            return IpLocation.UNKNOWN;
        }
        String[] fields = region.split("\\|", -1);
        if (!fields[0].equals("中国") && !fields[0].equals("CN")) {
            return IpLocation.UNKNOWN;
        }
        for (int i = 1; i < fields.length; i++) {
            String province = ChineseProvinces.fullName(fields[i]);
            if (province != null) {
                String city = i + 1 < fields.length ? known(fields[i + 1]) : null;
                return new IpLocation("CN", province, city, null, null);
            }
        }
        return IpLocation.UNKNOWN;
    }

    private static @Nullable String known(String field) {
        String value = field.strip();
        return value.isEmpty() || value.equals("0") ? null : value;
    }
}
