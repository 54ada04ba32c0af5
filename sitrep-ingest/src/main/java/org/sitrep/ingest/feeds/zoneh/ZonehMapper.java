package org.sitrep.ingest.feeds.zoneh;

import java.time.Instant;
import java.util.Map;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Row;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A Zone-H defacement row → a {@code system-compromise} event with identifier {@code defacement} (IntelMQ's
 * taxonomy {@code intrusions}; the old type was {@code defacement}). The defaced page ({@code domain}, which
 * Zone-H writes as a URL) is {@code source.url} and its host {@code source.fqdn}; the rest goes to {@code extra}.
 */
final class ZonehMapper {

    static final Event.Feed FEED = new Event.Feed("zone-h", "Zone-H", "https://www.zone-h.org/", null);

    Event map(Map<String, String> cells, String raw, Instant observed) {
        Row row = new Row(cells);
        Instant time = Timestamps.parse("add_date", row.required("add_date"));
        UrlParts site = UrlParts.parse("domain", row.required("domain"));
        String ip = site.ip() != null ? site.ip() : Addresses.optionalIp("ip_address", row.get("ip_address"));
        Endpoint source = new Endpoint(
                ip,
                site.port(),
                site.fqdn(),
                site.url(),
                null,
                null,
                null,
                Addresses.countryCode(row.get("country_code")),
                null,
                null);
        row.ignore("ip_address");
        return Event.of(time, FEED.name(), "system-compromise", "defacement")
                .withFeed(FEED)
                .withSource(source)
                .withObservation(observed)
                .withExtra(row.rest())
                .withRaw(raw);
    }
}
