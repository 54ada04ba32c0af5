package org.sitrep.app.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * The filters of an events search, checked: each one absent (null) or a value the store's columns hold.
 * {@code partner} is not the caller's to choose: it is the signed-in partner's organisation, or null for staff.
 */
record EventQuery(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable String kind,
        @Nullable String type,
        @Nullable String feed,
        @Nullable String country,
        @Nullable String province,
        @Nullable Long asn,
        @Nullable String domain,
        @Nullable String ip,
        @Nullable Network network,
        @Nullable String partner) {

    /** The filters as the request gives them (each may be missing). */
    record Filters(
            @Nullable String week,
            @Nullable String kind,
            @Nullable String type,
            @Nullable String feed,
            @Nullable String country,
            @Nullable String province,
            @Nullable String asn,
            @Nullable String domain,
            @Nullable String ip,
            @Nullable String cidr) {}

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}._-]{1,253}");
    private static final int MAX_TEXT = 200;

    /** Checks the request's filters; a value that cannot match any stored event is refused with its name. */
    static EventQuery of(Filters filters, ZoneId zone, @Nullable String partner) {
        String weekText = present(filters.week());
        String ip = present(filters.ip());
        String cidr = present(filters.cidr());
        IsoWeek week = weekText == null ? null : IsoWeek.parse(weekText.strip());
        return new EventQuery(
                week == null ? null : week.start(zone),
                week == null ? null : week.end(zone),
                text("kind", filters.kind()),
                text("type", filters.type()),
                text("feed", filters.feed()),
                country(filters.country()),
                text("province", filters.province()),
                asn(filters.asn()),
                domain(filters.domain()),
                ip == null ? null : Network.address("ip", ip),
                cidr == null ? null : Network.of("cidr", cidr),
                partner);
    }

    /** The named parameters of the search and facet statements ({@code search-events.sql} …). */
    Map<String, @Nullable Object> parameters() {
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
        parameters.put("from", from == null ? null : UtcColumns.value(from));
        parameters.put("to", to == null ? null : UtcColumns.value(to));
        parameters.put("kind", kind);
        parameters.put("type", type);
        parameters.put("feed", feed);
        parameters.put("country", country);
        parameters.put("province", province);
        parameters.put("asn", asn);
        parameters.put("domain", domain);
        parameters.put("ip", ip);
        // an IPv4 network of whole octets (/8, /16, /24) is its text prefix; ip_bits is computed only for the others
        boolean byText = network != null && network.textExact();
        parameters.put("network", network == null || byText ? null : network.bits());
        parameters.put("textPrefix", network == null || network.textPrefix().isEmpty() ? null : network.textPrefix());
        parameters.put("partner", partner);
        return parameters;
    }

    private static @Nullable String present(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static @Nullable String text(String name, @Nullable String value) {
        String present = present(value);
        if (present != null && present.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
        }
        return present == null ? null : present.strip();
    }

    private static @Nullable String country(@Nullable String value) {
        String present = present(value);
        if (present == null) {
            return null;
        }
        if (!COUNTRY.matcher(present.strip()).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as CN, not " + value);
        }
        return present.strip().toUpperCase(Locale.ROOT);
    }

    private static @Nullable Long asn(@Nullable String value) {
        String present = present(value);
        if (present == null) {
            return null;
        }
        return AsNumber.parse(present)
                .orElseThrow(() ->
                        new IllegalArgumentException("asn must be an AS number such as 4134 or AS4134, not " + value));
    }

    private static @Nullable String domain(@Nullable String value) {
        String present = present(value);
        if (present == null) {
            return null;
        }
        String domain = present.strip().toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("domain must be a domain name such as example.cn, not " + value);
        }
        return domain;
    }
}
