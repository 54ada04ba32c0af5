package org.sitrep.ingest.feeds.intelmq;

import static org.sitrep.ingest.feeds.fields.FieldValues.countryCode;
import static org.sitrep.ingest.feeds.fields.FieldValues.decimal;
import static org.sitrep.ingest.feeds.fields.FieldValues.hostName;
import static org.sitrep.ingest.feeds.fields.FieldValues.instant;
import static org.sitrep.ingest.feeds.fields.FieldValues.integer;
import static org.sitrep.ingest.feeds.fields.FieldValues.ip;
import static org.sitrep.ingest.feeds.fields.FieldValues.required;
import static org.sitrep.ingest.feeds.fields.FieldValues.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.fields.BadField;
import org.sitrep.ingest.feeds.fields.FieldValues;

/**
 * Maps one IntelMQ event, given as its flat dotted fields ({@code "source.geolocation.cc"}), to an event. Shared
 * by the JSON-lines and CSV formats. Required: {@code time.source}, {@code feed.name}, {@code classification.type}.
 * {@code extra.*} keys (and an {@code extra} object) become the event's extra fields; harmonization fields Sitrep
 * has no column for are left to {@code raw}. Events of type {@code test} are skipped.
 */
public final class IntelMqEventMapper {

    private static final String EXTRA_PREFIX = "extra.";

    /** Maps the fields; {@code line} is the record as read, kept as {@code raw} unless the event has its own. */
    public ParseOutcome map(Map<String, ?> fields, String line) {
        try {
            Event event = event(fields, line);
            if ("test".equals(event.classification().type())) {
                return new ParseOutcome.Skipped("classification.type is test");
            }
            return ParseOutcome.of(event);
        } catch (BadField bad) {
            return bad.toRejected();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new ParseOutcome.Rejected(null, FieldValues.BAD_VALUE, String.valueOf(invalid.getMessage()));
        }
    }

    private static Event event(Map<String, ?> fields, String line) {
        Instant timeSource = instant("time.source", required("time.source", fields.get("time.source")));
        String type = required("classification.type", fields.get("classification.type"))
                .toLowerCase(Locale.ROOT);
        Event.Feed feed = new Event.Feed(
                required("feed.name", fields.get("feed.name")),
                text("feed.provider", fields.get("feed.provider")),
                text("feed.url", fields.get("feed.url")),
                decimal("feed.accuracy", fields.get("feed.accuracy"), 0, 100));
        String taxonomy = text("classification.taxonomy", fields.get("classification.taxonomy"));
        Event.Classification classification = new Event.Classification(
                taxonomy == null ? null : taxonomy.toLowerCase(Locale.ROOT),
                type,
                text("classification.identifier", fields.get("classification.identifier")));
        String rawField = text("raw", fields.get("raw"));
        return new Event(
                timeSource,
                instant("time.observation", fields.get("time.observation")),
                feed,
                classification,
                endpoint(fields, "source."),
                endpoint(fields, "destination."),
                text("malware.name", fields.get("malware.name")),
                text("malware.hash.sha256", fields.get("malware.hash.sha256")),
                text("event_description.target", fields.get("event_description.target")),
                tlp(fields.get("tlp")),
                extra(fields),
                rawField != null ? rawField : line,
                null);
    }

    private static Endpoint endpoint(Map<String, ?> fields, String prefix) {
        return new Endpoint(
                ip(prefix + "ip", fields.get(prefix + "ip")),
                port(prefix + "port", fields.get(prefix + "port")),
                hostName(prefix + "fqdn", fields.get(prefix + "fqdn")),
                text(prefix + "url", fields.get(prefix + "url")),
                integer(prefix + "asn", fields.get(prefix + "asn"), 0, 4294967295L),
                text(prefix + "as_name", fields.get(prefix + "as_name")),
                text(prefix + "network", fields.get(prefix + "network")),
                countryCode(prefix + "geolocation.cc", fields.get(prefix + "geolocation.cc")),
                text(prefix + "geolocation.region", fields.get(prefix + "geolocation.region")),
                text(prefix + "geolocation.city", fields.get(prefix + "geolocation.city")));
    }

    private static Integer port(String field, Object value) {
        Long port = integer(field, value, 0, 65535);
        return port == null ? null : port.intValue();
    }

    private static Tlp tlp(Object value) {
        String text = text("tlp", value);
        if (text == null) {
            return null;
        }
        return Tlp.parse(text)
                .orElseThrow(() -> new BadField(
                        "tlp",
                        FieldValues.BAD_VALUE,
                        "tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED, was: " + FieldValues.shorten(text)));
    }

    private static Map<String, Object> extra(Map<String, ?> fields) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (fields.get("extra") instanceof Map<?, ?> object) {
            object.forEach((key, value) -> put(extra, String.valueOf(key), value));
        }
        fields.forEach((key, value) -> {
            if (key.startsWith(EXTRA_PREFIX)) {
                put(extra, key.substring(EXTRA_PREFIX.length()), value);
            }
        });
        return extra;
    }

    private static void put(Map<String, Object> extra, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isEmpty())) {
            extra.put(key, value);
        }
    }
}
