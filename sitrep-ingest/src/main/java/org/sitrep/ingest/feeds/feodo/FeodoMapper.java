package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import java.util.Locale;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A Feodo Tracker entry → a {@code c2-server} event, as IntelMQ maps it: the C2 is {@code source.*} (it is the
 * reported host), the family lower-cased is both {@code malware.name} and the identifier.
 */
final class FeodoMapper {

    static final Event.Feed FEED = new Event.Feed("feodo-tracker", "abuse.ch", "https://feodotracker.abuse.ch/", null);

    Event map(FeodoEntry entry, String raw, Instant observed) {
        Instant time = Timestamps.parse("first_seen_utc", entry.firstSeen());
        if (entry.malware() == null) {
            throw BadField.missing("malware");
        }
        String malware = entry.malware().toLowerCase(Locale.ROOT);
        String hostname = entry.hostname() == null ? null : UrlParts.fqdn("hostname", entry.hostname());
        Endpoint source = new Endpoint(
                Addresses.ip("dst_ip", entry.ip()),
                Addresses.port("dst_port", entry.port()),
                hostname,
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
                .withExtra(entry.extra())
                .withRaw(raw);
    }
}
