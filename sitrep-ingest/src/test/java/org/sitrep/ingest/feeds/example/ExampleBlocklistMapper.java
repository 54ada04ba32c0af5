package org.sitrep.ingest.feeds.example;

import java.time.Instant;
import java.util.Locale;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;

/** One blocklist row → a {@code c2-server} event: the C2 is {@code source.*}, the family its identifier. */
final class ExampleBlocklistMapper {

    static final Event.Feed FEED = new Event.Feed("example-blocklist", "Example Partner CERT", null, null);

    private final Instant observed;

    ExampleBlocklistMapper(Instant observed) {
        this.observed = observed;
    }

    Event map(Row row, String raw) {
        Instant seen = Timestamps.parse("seen", row.required("seen"));
        String family = row.required("family").toLowerCase(Locale.ROOT);
        Endpoint c2 = Endpoint.builder()
                .ip(Addresses.ip("ip", row.required("ip")))
                .port(Addresses.port("port", row.get("port")))
                .build();
        return Event.of(seen, FEED.name(), "c2-server", family)
                .withFeed(FEED)
                .withSource(c2)
                .withMalware(family, null)
                .withObservation(observed)
                .withExtra(row.rest())
                .withRaw(raw);
    }
}
