package org.sitrep.ingest.feeds.zoneh;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A Zone-H defacement row → an event typed as IntelMQ's Zone-H parser types it: RSIT's
 * {@code unauthorised-information-modification} (taxonomy {@code information-content-security}; IntelMQ 2 called it
 * {@code defacement}), identifier {@code compromised-website}, {@code event_description.text} {@code defacement}.
 * The defaced page ({@code domain}, which Zone-H writes as a URL) is {@code source.url} and its host
 * {@code source.fqdn}; the rest goes to {@code extra}.
 */
final class ZonehMapper {

    static final String TYPE = "unauthorised-information-modification";
    static final String IDENTIFIER = "compromised-website";
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
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("event_description.text", "defacement");
        extra.putAll(row.rest());
        return Event.of(time, FEED.name(), TYPE, IDENTIFIER)
                .withFeed(FEED)
                .withSource(source)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
    }
}
