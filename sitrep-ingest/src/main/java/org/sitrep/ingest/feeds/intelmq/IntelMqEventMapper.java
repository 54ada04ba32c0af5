package org.sitrep.ingest.feeds.intelmq;

import static org.sitrep.ingest.feeds.fields.FieldValues.countryCode;
import static org.sitrep.ingest.feeds.fields.FieldValues.decimal;
import static org.sitrep.ingest.feeds.fields.FieldValues.hostName;
import static org.sitrep.ingest.feeds.fields.FieldValues.instant;
import static org.sitrep.ingest.feeds.fields.FieldValues.integer;
import static org.sitrep.ingest.feeds.fields.FieldValues.ip;
import static org.sitrep.ingest.feeds.fields.FieldValues.required;
import static org.sitrep.ingest.feeds.fields.FieldValues.requiredInstant;
import static org.sitrep.ingest.feeds.fields.FieldValues.text;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.ASN;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.AS_NAME;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.CC;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.CITY;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.CLASSIFICATION_IDENTIFIER;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.CLASSIFICATION_TAXONOMY;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.CLASSIFICATION_TYPE;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.DESTINATION;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.EVENT_DESCRIPTION_TARGET;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.FEED_ACCURACY;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.FEED_NAME;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.FEED_PROVIDER;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.FEED_URL;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.FQDN;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.IP;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.MALWARE_HASH_SHA256;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.MALWARE_NAME;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.NETWORK;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.PORT;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.RAW;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.REGION;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.SOURCE;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.TIME_OBSERVATION;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.TIME_SOURCE;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.TLP;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.URL;
import static org.sitrep.ingest.feeds.intelmq.IntelMqFields.name;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.FieldValues;

/**
 * Maps one IntelMQ event, given as its flat dotted fields ({@code "source.geolocation.cc"}), to an event. Shared
 * by the JSON-lines and CSV formats. Required: {@code feed.name}, {@code classification.type} and
 * {@code time.source}, which falls back to {@code time.observation} as IntelMQ's own parsers that see no source
 * time leave it (the fallback is recorded as {@code extra.time_source_fallback}). {@code extra.*} keys (and an
 * {@code extra} object) become the event's extra fields; harmonization fields Sitrep has no column for are kept in
 * {@code extra} by their own name ({@link Harmonization}). Events of type {@code test} are skipped.
 */
public final class IntelMqEventMapper {

    private static final String EXTRA_PREFIX = "extra.";

    /** The extra field saying {@code time.source} was absent and {@code time.observation} stands in for it. */
    public static final String TIME_SOURCE_FALLBACK = "time_source_fallback";

    /** Maps the fields; {@code line} is the record as read, kept as {@code raw} unless the event has its own. */
    public ParseOutcome map(Map<String, ?> fields, String line) {
        Object[] values = new Object[IntelMqFields.COUNT];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(IntelMqFields.name(i));
        }
        return map(values, extra(fields), line);
    }

    /**
     * Maps the values of the fields by {@link IntelMqFields} position ({@code null} or blank for absent) and the
     * extra fields, keyed without the {@code extra.} prefix, empty values already left out.
     */
    public ParseOutcome map(Object[] values, Map<String, Object> extra, String line) {
        try {
            Event event = event(values, extra, line);
            if ("test".equals(event.classification().type())) {
                return new ParseOutcome.Skipped("classification.type is test");
            }
            return ParseOutcome.of(event);
        } catch (BadField bad) {
            return bad.toRejected();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new ParseOutcome.Rejected(null, RejectCode.BAD_VALUE, String.valueOf(invalid.getMessage()));
        }
    }

    private static Event event(Object[] values, Map<String, Object> given, String line) {
        Map<String, Object> extra = given;
        Instant timeSource;
        if (isEmpty(values[TIME_SOURCE]) && !isEmpty(values[TIME_OBSERVATION])) {
            timeSource = requiredInstant("time.observation", values[TIME_OBSERVATION]);
            extra = new LinkedHashMap<>(given);
            extra.put(TIME_SOURCE_FALLBACK, "time.observation");
        } else {
            timeSource = requiredInstant("time.source", values[TIME_SOURCE]);
        }
        String type =
                required("classification.type", values[CLASSIFICATION_TYPE]).toLowerCase(Locale.ROOT);
        Event.Feed feed = new Event.Feed(
                required("feed.name", values[FEED_NAME]),
                text("feed.provider", values[FEED_PROVIDER]),
                text("feed.url", values[FEED_URL]),
                decimal("feed.accuracy", values[FEED_ACCURACY], 0, 100));
        String taxonomy = text("classification.taxonomy", values[CLASSIFICATION_TAXONOMY]);
        Event.Classification classification = new Event.Classification(
                taxonomy == null ? null : taxonomy.toLowerCase(Locale.ROOT),
                type,
                text("classification.identifier", values[CLASSIFICATION_IDENTIFIER]));
        String rawField = text("raw", values[RAW]);
        return new Event(
                timeSource,
                instant("time.observation", values[TIME_OBSERVATION]),
                feed,
                classification,
                endpoint(values, SOURCE),
                endpoint(values, DESTINATION),
                text("malware.name", values[MALWARE_NAME]),
                text("malware.hash.sha256", values[MALWARE_HASH_SHA256]),
                text("event_description.target", values[EVENT_DESCRIPTION_TARGET]),
                tlp(values[TLP]),
                extra,
                rawField != null ? rawField : line,
                Derived.NONE);
    }

    private static Endpoint endpoint(Object[] values, int side) {
        if (isAbsent(values, side)) {
            return Endpoint.EMPTY;
        }
        return new Endpoint(
                ip(name(side + IP), values[side + IP]),
                port(name(side + PORT), values[side + PORT]),
                hostName(name(side + FQDN), values[side + FQDN]),
                text(name(side + URL), values[side + URL]),
                integer(name(side + ASN), values[side + ASN], 0, 4294967295L),
                text(name(side + AS_NAME), values[side + AS_NAME]),
                text(name(side + NETWORK), values[side + NETWORK]),
                countryCode(name(side + CC), values[side + CC]),
                text(name(side + REGION), values[side + REGION]),
                text(name(side + CITY), values[side + CITY]));
    }

    /** Whether no field of the side has a value: the side is {@link Endpoint#EMPTY} without reading any. */
    private static boolean isAbsent(Object[] values, int side) {
        for (int i = side; i < side + 10; i++) {
            if (values[i] != null) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable Integer port(String field, Object value) {
        Long port = integer(field, value, 0, 65535);
        return port == null ? null : port.intValue();
    }

    private static @Nullable Tlp tlp(Object value) {
        String text = text("tlp", value);
        if (text == null) {
            return null;
        }
        return Tlp.parse(text)
                .orElseThrow(() -> new BadField(
                        "tlp",
                        RejectCode.BAD_VALUE,
                        "tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED, was: " + FieldValues.shorten(text)));
    }

    private static boolean isEmpty(@Nullable Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    private static Map<String, Object> extra(Map<String, ?> fields) {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (fields.get("extra") instanceof Map<?, ?> object) {
            object.forEach((key, value) -> put(extra, String.valueOf(key), value));
        }
        fields.forEach((key, value) -> {
            if (key.startsWith(EXTRA_PREFIX)) {
                put(extra, key.substring(EXTRA_PREFIX.length()), value);
            } else if (Harmonization.keptInExtra(key)) {
                put(extra, key, value);
            }
        });
        return extra;
    }

    /** Adds an extra field unless its value is {@code null} or the empty string. */
    public static void put(Map<String, Object> extra, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isEmpty())) {
            extra.put(key, value);
        }
    }
}
