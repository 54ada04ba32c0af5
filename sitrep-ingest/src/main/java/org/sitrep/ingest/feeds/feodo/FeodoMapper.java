package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A Feodo Tracker entry → a {@code c2-server} event, as IntelMQ maps it: the C2 is {@code source.*} (it is the
 * reported host), the family lower-cased is both {@code malware.name} and the identifier. The JSON's
 * {@code hostname} is the C2 address's reverse DNS, kept as {@code source.reverse_dns} (in {@code extra}), not as
 * {@code source.fqdn}: the C2 is an address, not a website. An entry without {@code first_seen} takes its
 * {@code last_online} day, else the time the list was read, and records which in {@code extra.time_source_fallback}.
 */
final class FeodoMapper {

    private static final String FALLBACK = "time_source_fallback";

    static final Event.Feed FEED = new Event.Feed("feodo-tracker", "abuse.ch", "https://feodotracker.abuse.ch/", null);

    Event map(FeodoEntry entry, String raw, Instant observed) {
        Map<String, Object> extra = new LinkedHashMap<>(entry.extra());
        Instant time = time(entry, observed, extra);
        if (entry.malware() == null) {
            throw BadField.missing("malware");
        }
        String malware = entry.malware().toLowerCase(Locale.ROOT);
        if (entry.hostname() != null) {
            extra.put("source.reverse_dns", UrlParts.fqdn("hostname", entry.hostname()));
        }
        Endpoint source = new Endpoint(
                Addresses.ip("dst_ip", entry.ip()),
                Addresses.port("dst_port", entry.port()),
                null,
                null,
                Addresses.asn("as_number", entry.asn()),
                entry.asName(),
                null,
                Addresses.countryCode(entry.country()),
                null,
                null);
        return Event.of(time, FEED.name(), "c2-server", malware)
                .withFeed(FEED)
                .withSource(source)
                .withMalware(malware, null)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
    }

    private static Instant time(FeodoEntry entry, @Nullable Instant observed, Map<String, Object> extra) {
        if (entry.firstSeen() != null) {
            return Timestamps.parse("first_seen_utc", entry.firstSeen());
        }
        Object lastOnline = entry.extra().get("last_online");
        if (lastOnline != null) {
            extra.put(FALLBACK, "last_online");
            return Timestamps.parse("last_online", lastOnline.toString());
        }
        if (observed == null) {
            throw BadField.missing("first_seen_utc");
        }
        extra.put(FALLBACK, "time.observation");
        return observed;
    }
}
