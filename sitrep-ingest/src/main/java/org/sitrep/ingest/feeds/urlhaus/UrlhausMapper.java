package org.sitrep.ingest.feeds.urlhaus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A URLhaus entry → a {@code malware-distribution} event: the URL and its host are {@code source.*}; threat,
 * status and tags go to {@code extra}. No identifier: URLhaus tags mix file types and families.
 */
final class UrlhausMapper {

    static final Event.Feed FEED = new Event.Feed("urlhaus", "abuse.ch", "https://urlhaus.abuse.ch/", null);

    Event map(UrlhausEntry entry, String raw, Instant observed) {
        Instant time = Timestamps.parse("dateadded", entry.dateAdded());
        if (entry.url() == null) {
            throw BadField.missing("url");
        }
        UrlParts url = UrlParts.parse("url", entry.url());
        String ip = url.ip() != null ? url.ip() : Addresses.optionalIp("ipaddress", entry.ip());
        Endpoint source = new Endpoint(
                ip,
                url.port(),
                url.fqdn(),
                url.url(),
                Addresses.asn("asnumber", entry.asn()),
                null,
                null,
                Addresses.countryCode(entry.country()),
                null,
                null);
        Map<String, Object> extra = new LinkedHashMap<>(entry.extra());
        putIfPresent(extra, "threat", entry.threat());
        putIfPresent(extra, "url_status", entry.status());
        if (!entry.tags().isEmpty()) {
            extra.put("tags", entry.tags());
        }
        return Event.of(time, FEED.name(), "malware-distribution", null)
                .withFeed(FEED)
                .withSource(source)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
    }

    private static void putIfPresent(Map<String, Object> extra, String key, @Nullable String value) {
        if (value != null) {
            extra.put(key, value);
        }
    }
}
