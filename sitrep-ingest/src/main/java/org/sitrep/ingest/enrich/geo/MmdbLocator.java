package org.sitrep.ingest.enrich.geo;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Country and AS from a MaxMind DB ({@code .mmdb}) file, read with {@code com.maxmind.db.Reader} into a map, so that
 * both record layouts work: the flat ip-location-db layout ({@code country_code}) and the GeoIP2 / GeoLite2 / DB-IP
 * layout ({@code country.iso_code}); AS from {@code autonomous_system_number} and
 * {@code autonomous_system_organization} (GeoLite2-ASN, DB-IP ASN, ip-location-db ASN files). Region and city are
 * not read from mmdb files (province comes from ip2region or the geo ranges table).
 */
public final class MmdbLocator implements IpLocator {

    private final String description;
    private final Reader reader;

    private MmdbLocator(String description, Reader reader) {
        this.description = description;
        this.reader = reader;
    }

    public static MmdbLocator open(Path file) throws IOException {
        Reader reader = new Reader(file.toFile(), new CHMCache());
        return new MmdbLocator(
                "mmdb " + file.getFileName() + " (" + reader.getMetadata().databaseType() + ")", reader);
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
        Map<?, ?> record;
        try {
            record = reader.get(GeoAddresses.unmapped(address).toInetAddress(), Map.class);
        } catch (IOException | RuntimeException e) {
            // an IPv6 lookup in an IPv4-only file, or a damaged file: this database does not know
            return IpLocation.UNKNOWN;
        }
        return record == null ? IpLocation.UNKNOWN : fromRecord(record);
    }

    static IpLocation fromRecord(Map<?, ?> record) {
        String country = text(record.get("country_code"));
        if (country == null && record.get("country") instanceof Map<?, ?> nested) {
            country = text(nested.get("iso_code"));
        }
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            country = country.matches("[A-Z]{2}") ? country : null;
        }
        Long asn = record.get("autonomous_system_number") instanceof Number number ? number.longValue() : null;
        if (asn != null && (asn < 0 || asn > 4294967295L)) {
            asn = null;
        }
        return new IpLocation(country, null, null, asn, text(record.get("autonomous_system_organization")));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
