package org.sitrep.core.event;

import org.jspecify.annotations.Nullable;

/**
 * One side of an observation, IntelMQ's {@code source.*} or {@code destination.*}. Every field may be unknown
 * ({@code null}); enrichment fills in what the feed did not say and never invents.
 *
 * @param ip IPv4 or IPv6 address in canonical text form
 * @param cc ISO 3166-1 alpha-2 country code, upper case ({@code geolocation.cc})
 * @param region province/state ({@code geolocation.region}); for the home country a province name
 */
public record Endpoint(
        @Nullable String ip,
        @Nullable Integer port,
        @Nullable String fqdn,
        @Nullable String url,
        @Nullable Long asn,
        @Nullable String asName,
        @Nullable String network,
        @Nullable String cc,
        @Nullable String region,
        @Nullable String city) {

    public static final Endpoint EMPTY = new Endpoint(null, null, null, null, null, null, null, null, null, null);

    public Endpoint {
        if (cc != null && !isCountryCode(cc)) {
            throw new IllegalArgumentException("geolocation.cc must be two upper-case letters, was: " + cc);
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("port out of range 0..65535: " + port);
        }
        if (asn != null && (asn < 0 || asn > 4294967295L)) {
            throw new IllegalArgumentException("asn out of range: " + asn);
        }
    }

    /** Two upper-case ASCII letters; checked by hand, as this runs for every endpoint of every event. */
    private static boolean isCountryCode(String text) {
        return text.length() == 2 && isUpper(text.charAt(0)) && isUpper(text.charAt(1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** A builder for a feed's mapper: name the fields the feed has, leave the rest unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Endpoint} field by field; each setter takes {@code null} for unknown. */
    public static final class Builder {
        private @Nullable String ip;
        private @Nullable Integer port;
        private @Nullable String fqdn;
        private @Nullable String url;
        private @Nullable Long asn;
        private @Nullable String asName;
        private @Nullable String network;
        private @Nullable String cc;
        private @Nullable String region;
        private @Nullable String city;

        private Builder() {}

        public Builder ip(@Nullable String value) {
            ip = value;
            return this;
        }

        public Builder port(@Nullable Integer value) {
            port = value;
            return this;
        }

        public Builder fqdn(@Nullable String value) {
            fqdn = value;
            return this;
        }

        public Builder url(@Nullable String value) {
            url = value;
            return this;
        }

        public Builder as(@Nullable Long number, @Nullable String name) {
            asn = number;
            asName = name;
            return this;
        }

        public Builder network(@Nullable String value) {
            network = value;
            return this;
        }

        public Builder geo(@Nullable String countryCode, @Nullable String regionName, @Nullable String cityName) {
            cc = countryCode;
            region = regionName;
            city = cityName;
            return this;
        }

        /** The endpoint; an {@link IllegalArgumentException} for a value the record refuses. */
        public Endpoint build() {
            return new Endpoint(ip, port, fqdn, url, asn, asName, network, cc, region, city);
        }
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public Endpoint withIp(@Nullable String value) {
        return new Endpoint(value, port, fqdn, url, asn, asName, network, cc, region, city);
    }

    public Endpoint withFqdn(@Nullable String value) {
        return new Endpoint(ip, port, value, url, asn, asName, network, cc, region, city);
    }

    public Endpoint withGeo(@Nullable String countryCode, @Nullable String regionName, @Nullable String cityName) {
        return new Endpoint(ip, port, fqdn, url, asn, asName, network, countryCode, regionName, cityName);
    }

    public Endpoint withAs(@Nullable Long number, @Nullable String name) {
        return new Endpoint(ip, port, fqdn, url, number, name, network, cc, region, city);
    }
}
