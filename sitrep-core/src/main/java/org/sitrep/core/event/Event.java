package org.sitrep.core.event;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One observation from monitoring or a feed, with IntelMQ's harmonized fields ({@code spec/events.md}). Field
 * names in JSON and CSV are IntelMQ's dotted names; in SQL the dots become underscores.
 *
 * @param timeSource when the observed thing happened (required)
 * @param timeObservation when the feed saw it
 * @param extra IntelMQ's {@code extra.*}: anything else the feed carries, keyed without the {@code extra.} prefix
 * @param raw the original record, kept for audit
 * @param derived what Sitrep derives at ingest ({@link Derived#NONE} until derivation ran)
 */
public record Event(
        Instant timeSource,
        @Nullable Instant timeObservation,
        Feed feed,
        Classification classification,
        Endpoint source,
        Endpoint destination,
        @Nullable String malwareName,
        @Nullable String malwareHashSha256,
        @Nullable String eventDescriptionTarget,
        @Nullable Tlp tlp,
        Map<String, Object> extra,
        @Nullable String raw,
        Derived derived) {

    /** {@code feed.*}; the name is required. */
    public record Feed(
            String name,
            @Nullable String provider,
            @Nullable String url,
            @Nullable Double accuracy) {
        public Feed {
            requireText(name, "feed.name");
            if (accuracy != null && (accuracy < 0 || accuracy > 100)) {
                throw new IllegalArgumentException("feed.accuracy must be 0..100, was " + accuracy);
            }
        }

        public static Feed named(String name) {
            return new Feed(name, null, null, null);
        }
    }

    /** {@code classification.*}; the type is required and the taxonomy derived from it when absent. */
    public record Classification(
            @Nullable String taxonomy,
            String type,
            @Nullable String identifier) {
        public Classification {
            requireText(type, "classification.type");
            if (taxonomy == null) {
                taxonomy = Taxonomy.taxonomyOf(type).orElse(null);
            }
        }

        public static Classification of(String type, @Nullable String identifier) {
            return new Classification(null, type, identifier);
        }
    }

    public Event {
        Objects.requireNonNull(timeSource, "time.source is required");
        Objects.requireNonNull(feed, "feed is required");
        Objects.requireNonNull(classification, "classification is required");
        source = source == null ? Endpoint.EMPTY : source;
        destination = destination == null ? Endpoint.EMPTY : destination;
        extra = FrozenMap.of(extra);
        derived = derived == null ? Derived.NONE : derived;
    }

    /**
     * An unmodifiable copy of {@code extra} in its order. The copy is made once: an event's own map is passed on
     * as it is by every {@code withX}, so that enrichment does not copy it again per step.
     */
    private static final class FrozenMap extends AbstractMap<String, Object> {
        private final Map<String, Object> values;

        private FrozenMap(Map<String, Object> values) {
            this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        static Map<String, Object> of(Map<String, Object> extra) {
            if (extra instanceof FrozenMap) {
                return extra;
            }
            return extra == null || extra.isEmpty() ? Map.of() : new FrozenMap(extra);
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return values.entrySet();
        }

        @Override
        public @Nullable Object get(Object key) {
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    static void requireText(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** A builder-style start for parsers and tests: the required fields, everything else unknown. */
    public static Event of(Instant timeSource, String feedName, String type, @Nullable String identifier) {
        return new Event(
                timeSource,
                null,
                Feed.named(feedName),
                Classification.of(type, identifier),
                Endpoint.EMPTY,
                Endpoint.EMPTY,
                null,
                null,
                null,
                null,
                Map.of(),
                null,
                Derived.NONE);
    }

    public Event withSource(Endpoint value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                value,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withDestination(Endpoint value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                value,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withMalware(@Nullable String name, @Nullable String sha256) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                name,
                sha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withTarget(@Nullable String target) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                target,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withObservation(@Nullable Instant value) {
        return new Event(
                timeSource,
                value,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withTlp(@Nullable Tlp value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                value,
                extra,
                raw,
                derived);
    }

    public Event withExtra(Map<String, Object> value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                value,
                raw,
                derived);
    }

    public Event withRaw(@Nullable String value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                value,
                derived);
    }

    public Event withFeed(Feed value) {
        return new Event(
                timeSource,
                timeObservation,
                value,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                derived);
    }

    public Event withDerived(Derived value) {
        return new Event(
                timeSource,
                timeObservation,
                feed,
                classification,
                source,
                destination,
                malwareName,
                malwareHashSha256,
                eventDescriptionTarget,
                tlp,
                extra,
                raw,
                value);
    }
}
