package org.sitrep.ingest.enrich.geo;

import org.jspecify.annotations.Nullable;

/**
 * What one database knows about an address; every field may be unknown ({@code null}).
 *
 * @param countryCode ISO 3166-1 alpha-2, upper case
 * @param region the province/state; for the home country the province's Chinese name with its suffix (广东省)
 * @param asn the autonomous system number
 */
public record IpLocation(
        @Nullable String countryCode,
        @Nullable String region,
        @Nullable String city,
        @Nullable Long asn,
        @Nullable String asName) {

    public static final IpLocation UNKNOWN = new IpLocation(null, null, null, null, null);

    public IpLocation {
        countryCode = blankToNull(countryCode);
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be two upper-case letters, was: " + countryCode);
        }
        region = blankToNull(region);
        city = blankToNull(city);
        asName = blankToNull(asName);
        if (asn != null && (asn < 0 || asn > 4294967295L)) {
            throw new IllegalArgumentException("asn out of range: " + asn);
        }
    }

    public boolean isUnknown() {
        return equals(UNKNOWN);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
