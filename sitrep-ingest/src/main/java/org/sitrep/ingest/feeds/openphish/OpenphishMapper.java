package org.sitrep.ingest.feeds.openphish;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;
import tools.jackson.databind.JsonNode;

/**
 * OpenPhish records → {@code phishing} events with the phishing page as {@code source.*}. The community feed is a
 * bare URL: its time is when Sitrep read it. The premium feed adds the address, AS, country, time, brand
 * ({@code event_description.target}) and sector ({@code extra.target_sector}).
 */
final class OpenphishMapper {

    static final Event.Feed COMMUNITY =
            new Event.Feed("openphish", "OpenPhish", "https://openphish.com/feed.txt", null);
    static final Event.Feed PREMIUM = new Event.Feed("openphish-premium", "OpenPhish", null, null);

    private final OpenphishConfig config;

    OpenphishMapper(OpenphishConfig config) {
        this.config = config;
    }

    Event fromUrl(String line, Instant observed) {
        UrlParts url = UrlParts.parse("url", line);
        return Event.of(observed, COMMUNITY.name(), "phishing", null)
                .withFeed(COMMUNITY)
                .withSource(url.toEndpoint())
                .withObservation(observed)
                .withRaw(line);
    }

    Event fromJson(JsonNode node, String raw, Instant observed) {
        UrlParts url = UrlParts.parse("url", JsonFields.required(node, "url"));
        String ip = url.ip() != null ? url.ip() : Addresses.optionalIp("ip", JsonFields.text(node, "ip"));
        Endpoint source = new Endpoint(
                ip,
                url.port(),
                url.fqdn(),
                url.url(),
                Addresses.asn("asn", JsonFields.text(node, "asn")),
                JsonFields.text(node, "asn_name"),
                null,
                Addresses.countryCode(JsonFields.text(node, "country_code")),
                null,
                null);
        Instant time = Timestamps.parse("isotime", JsonFields.text(node, "isotime"));
        Map<String, Object> extra = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            boolean mapped = List.of("url", "ip", "asn", "asn_name", "country_code", "isotime", "brand", "host")
                    .contains(entry.getKey());
            if (!mapped && entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                extra.put(entry.getKey(), entry.getValue().asString());
            }
        });
        String sector = config.targetSector(JsonFields.text(node, "sector"));
        if (sector != null) {
            extra.put("target_sector", sector);
        }
        return Event.of(time, PREMIUM.name(), "phishing", null)
                .withFeed(PREMIUM)
                .withSource(source)
                .withTarget(JsonFields.text(node, "brand"))
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
    }
}
