package org.sitrep.ingest.feeds.shadowserver;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Row;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * One Shadowserver CSV row → one IntelMQ event, by report kind. Pure: the same row, report and observation time
 * give the same event. Columns it does not map go to {@code extra.*} under their Shadowserver names.
 */
final class ShadowserverMapper {

    private final ShadowserverConfig config;

    ShadowserverMapper(ShadowserverConfig config) {
        this.config = config;
    }

    Event map(Report report, Map<String, String> cells, String raw, Instant observed) {
        Row row = new Row(cells);
        Instant time = Timestamps.parse("timestamp", row.required("timestamp"));
        Event event = switch (report.kind()) {
            case SINKHOLE_HTTP -> sinkhole(row, time);
            case SINKHOLE_HTTP_DRONE -> drone(row, time);
            case COMPROMISED_WEBSITE -> compromised(row, time);
            case SCAN -> scan(report, row, time);
        };
        return event.withFeed(new Event.Feed(report.feedName(), config.provider(), null, null))
                .withObservation(observed)
                .withRaw(raw)
                .withExtra(row.rest());
    }

    private Event sinkhole(Row row, Instant time) {
        String infection = lower(row.get("infection"));
        String family = lower(row.get("family"));
        if (infection == null && family == null) {
            throw BadField.missing("infection");
        }
        Endpoint source = new Endpoint(
                Addresses.ip("src_ip", row.get("src_ip")),
                Addresses.port("src_port", row.get("src_port")),
                null,
                null,
                Addresses.asn("src_asn", row.get("src_asn")),
                null,
                null,
                Addresses.countryCode(row.get("src_geo")),
                row.get("src_region"),
                row.get("src_city"));
        Endpoint destination = new Endpoint(
                Addresses.optionalIp("dst_ip", row.get("dst_ip")),
                Addresses.port("dst_port", row.get("dst_port")),
                hostName(row, "http_host"),
                null,
                Addresses.asn("dst_asn", row.get("dst_asn")),
                null,
                null,
                Addresses.countryCode(row.get("dst_geo")),
                row.get("dst_region"),
                row.get("dst_city"));
        return Event.of(time, "shadowserver", "infected-system", family != null ? family : infection)
                .withSource(source)
                .withDestination(destination)
                .withMalware(infection != null ? infection : family, null);
    }

    private Event drone(Row row, Instant time) {
        String type = lower(row.first("type", "infection"));
        if (type == null) {
            throw BadField.missing("type");
        }
        Endpoint source = new Endpoint(
                Addresses.ip("ip", row.get("ip")),
                Addresses.port("src_port", row.get("src_port")),
                null,
                null,
                Addresses.asn("asn", row.get("asn")),
                null,
                null,
                Addresses.countryCode(row.get("geo")),
                null,
                null);
        Endpoint destination = new Endpoint(
                Addresses.optionalIp("dst_ip", row.get("dst_ip")),
                Addresses.port("dst_port", row.get("dst_port")),
                hostName(row, "http_host"),
                null,
                Addresses.asn("dst_asn", row.get("dst_asn")),
                null,
                null,
                Addresses.countryCode(row.get("dst_geo")),
                null,
                null);
        return Event.of(time, "shadowserver", "infected-system", type)
                .withSource(source)
                .withDestination(destination)
                .withMalware(type, null);
    }

    private Event compromised(Row row, Instant time) {
        String category = lower(row.get("category"));
        String tag = lower(row.get("tag"));
        String why = (category == null ? "" : category) + " " + (tag == null ? "" : tag);
        String type = "system-compromise";
        String identifier = "compromised-website";
        if (why.contains("phishing")) {
            type = "phishing";
            identifier = null;
        } else if (why.contains("webshell") || why.contains("web-shell") || why.contains("backdoor")) {
            identifier = "webshell";
        } else if (why.contains("deface")) {
            identifier = "defacement";
        }
        String ip = Addresses.optionalIp("ip", row.get("ip"));
        Integer port = Addresses.port("port", row.get("port"));
        String host = hostName(row, "http_host");
        String fqdn = host != null ? host : hostName(row, "hostname");
        String url = siteUrl(row.get("application"), fqdn != null ? fqdn : ip, port, row.get("url"));
        if (ip == null && fqdn == null) {
            throw BadField.missing("ip");
        }
        Endpoint source = new Endpoint(
                ip,
                port,
                fqdn,
                url,
                Addresses.asn("asn", row.get("asn")),
                null,
                null,
                Addresses.countryCode(row.get("geo")),
                row.get("region"),
                row.get("city"));
        return Event.of(time, "shadowserver", type, identifier)
                .withSource(source)
                .withMalware(lower(row.get("family")), null);
    }

    private Event scan(Report report, Row row, Instant time) {
        String protocol = report.scanProtocol();
        String tag = row.get("tag");
        if (protocol == null && tag != null) {
            protocol = tag.split("[;,]")[0].strip();
        }
        if (protocol == null || protocol.isEmpty()) {
            throw BadField.missing("tag");
        }
        ShadowserverConfig.ScanClass scanClass = config.classify(protocol);
        Endpoint source = new Endpoint(
                Addresses.ip("ip", row.get("ip")),
                Addresses.port("port", row.get("port")),
                null,
                null,
                Addresses.asn("asn", row.get("asn")),
                null,
                null,
                Addresses.countryCode(row.get("geo")),
                row.get("region"),
                row.get("city"));
        return Event.of(time, "shadowserver", scanClass.type(), scanClass.identifier())
                .withSource(source);
    }

    /** A host-name column as {@code fqdn}, or {@code null} when empty or not a name (then it stays in extra). */
    private static @Nullable String hostName(Row row, String column) {
        String value = row.get(column);
        if (value == null || Addresses.isIp(value)) {
            return null;
        }
        try {
            return UrlParts.fqdn(column, value);
        } catch (BadField e) {
            row.release(column);
            return null;
        }
    }

    /** The compromised page's URL from its parts: {@code https://shop.example.com/wp-content/x.php}. */
    private static @Nullable String siteUrl(
            @Nullable String application, @Nullable String host, @Nullable Integer port, @Nullable String path) {
        if (path == null || host == null) {
            return null;
        }
        if (path.contains("://")) {
            return path;
        }
        String scheme = "https".equalsIgnoreCase(application) || (port != null && port == 443) ? "https" : "http";
        boolean defaultPort = port == null || (scheme.equals("https") ? port == 443 : port == 80);
        String authority = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + authority + (defaultPort ? "" : ":" + port) + (path.startsWith("/") ? "" : "/") + path;
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
