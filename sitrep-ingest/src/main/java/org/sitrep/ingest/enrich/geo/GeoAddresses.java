package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv6.IPv6Address;
import org.jspecify.annotations.Nullable;

/** Address parsing shared by the geo lookups; IPv4-mapped IPv6 addresses ({@code ::ffff:192.0.2.1}) read as IPv4. */
final class GeoAddresses {

    /** One plain address in standard notation: no ranges, masks, prefixes, wildcards or inet_aton shorthands. */
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowMask(false)
            .allowPrefix(false)
            .allowWildcardedSeparator(false)
            .allow_inet_aton(false)
            .toParams();

    private GeoAddresses() {}

    /** The address, or {@code null} when the text is not one IP address (a CIDR or a range is not). */
    static @Nullable IPAddress parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        IPAddress address = new IPAddressString(text.strip(), STRICT).getAddress();
        if (address == null || address.isMultiple()) {
            return null;
        }
        return unmapped(address);
    }

    static IPAddress unmapped(IPAddress address) {
        if (address.isIPv6()) {
            IPv6Address v6 = address.toIPv6();
            if (v6.isIPv4Mapped()) {
                return v6.getEmbeddedIPv4Address();
            }
        }
        return address;
    }

    static long high(byte[] bytes16) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (bytes16[i] & 0xFF);
        }
        return value;
    }

    static long low(byte[] bytes16) {
        long value = 0;
        for (int i = 8; i < 16; i++) {
            value = value << 8 | (bytes16[i] & 0xFF);
        }
        return value;
    }
}
