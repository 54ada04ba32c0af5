package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * The IntelMQ fields of one event as a report's rules fill them, each value checked against its field's type as
 * it is set. Harmonization fields Sitrep has no column for ({@code protocol.transport}, {@code severity},
 * {@code product.*}, {@code source.reverse_dns}, …) are kept in {@code extra} under their IntelMQ name.
 */
final class EventFields {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private @Nullable Instant timeSource;
    private final Side source = new Side();
    private final Side destination = new Side();
    private @Nullable String malwareName;
    private @Nullable String malwareSha256;
    private @Nullable String target;
    private final Map<String, String> classification = new LinkedHashMap<>();
    private final Map<String, Object> unmapped = new LinkedHashMap<>();

    /**
     * Sets an IntelMQ field from a column's converted value.
     *
     * @throws BadField naming the column when the value is not one of the field's type
     */
    void set(String field, String column, Object value) {
        if (field.equals("time.source")) {
            timeSource = value instanceof Instant instant ? instant : Timestamps.parse(column, text(value));
        } else if (field.startsWith("source.") && source.set(field.substring(7), column, value)) {
            return;
        } else if (field.startsWith("destination.") && destination.set(field.substring(12), column, value)) {
            return;
        } else if (field.startsWith("classification.")) {
            classification.put(field, text(value));
        } else if (field.equals("malware.name")) {
            malwareName = text(value).toLowerCase(Locale.ROOT);
        } else if (field.equals("malware.hash.sha256")) {
            String hash = text(value).strip().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(hash).matches()) {
                throw new BadField(column, RejectCode.BAD_HASH, "not a SHA-256 hash: " + abbreviate(text(value)));
            }
            malwareSha256 = hash;
        } else if (field.equals("event_description.target")) {
            target = text(value);
        } else {
            unmapped.put(field, value);
        }
    }

    /** Sets a constant field of the report; constants win over what a column gave, as in IntelMQ. */
    void constant(String field, String value) {
        set(field, field, value);
    }

    @Nullable
    String classification(String part) {
        return classification.get("classification." + part);
    }

    @Nullable
    Instant timeSource() {
        return timeSource;
    }

    /** The fields with no Sitrep column, to keep in {@code extra} under their IntelMQ names. */
    Map<String, Object> unmapped() {
        return unmapped;
    }

    Event event(
            Event.Feed feed,
            Event.Classification classification,
            Instant time,
            Instant observed,
            Map<String, Object> extra,
            String raw) {
        return new Event(
                time,
                observed,
                feed,
                classification,
                source.endpoint(),
                destination.endpoint(),
                malwareName,
                malwareSha256,
                target,
                null,
                extra,
                raw,
                Derived.NONE);
    }

    private static String text(Object value) {
        return String.valueOf(value);
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }

    /** One side of the event, {@code source.*} or {@code destination.*}. */
    private static final class Side {
        private @Nullable String ip;
        private @Nullable Integer port;
        private @Nullable String fqdn;
        private @Nullable String url;
        private @Nullable Long asn;
        private @Nullable String network;
        private @Nullable String cc;
        private @Nullable String region;
        private @Nullable String city;

        /** Sets a field of this side; {@code false} when Sitrep has no column for it. */
        boolean set(String field, String column, Object value) {
            String text = text(value);
            switch (field) {
                case "ip" -> ip = Addresses.ip(column, text);
                case "port" -> port = port(column, text);
                case "fqdn" -> fqdn = UrlParts.fqdn(column, text);
                case "url" -> url = url(column, text);
                case "asn" -> asn = Addresses.asn(column, text);
                case "network" -> network = text;
                case "geolocation.cc" -> cc = countryCode(column, text);
                case "geolocation.region" -> region = text;
                case "geolocation.city" -> city = text;
                default -> {
                    return false;
                }
            }
            return true;
        }

        private static Integer port(String column, String text) {
            Integer port = Addresses.port(column, text);
            if (port == null) {
                throw BadField.missing(column);
            }
            return port;
        }

        private static String url(String column, String text) {
            if (!UrlParts.isUrl(text)) {
                throw new BadField(column, RejectCode.BAD_URL, "not a URL: " + abbreviate(text));
            }
            return text;
        }

        private static String countryCode(String column, String text) {
            String code = Addresses.countryCode(text);
            if (code == null) {
                throw new BadField(
                        column, RejectCode.BAD_COUNTRY, "not a two-letter country code: " + abbreviate(text));
            }
            return code;
        }

        Endpoint endpoint() {
            return new Endpoint(ip, port, fqdn, url, asn, null, network, cc, region, city);
        }
    }
}
