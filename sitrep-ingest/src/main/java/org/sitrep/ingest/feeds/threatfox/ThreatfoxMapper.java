package org.sitrep.ingest.feeds.threatfox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;

/**
 * A ThreatFox IOC → an event. Classification by {@code threat_type}: {@code botnet_cc} → {@code c2-server},
 * {@code payload_delivery} → {@code malware-distribution}; {@code payload} (a sample hash) and anything else →
 * {@code other}, since a sample alone is neither a host to notify nor a malware configuration. The IOC goes where
 * its {@code ioc_type} says: {@code ip:port}, {@code domain} and {@code url} to {@code source.*},
 * {@code sha256_hash} to {@code malware.hash.sha256}, MD5/SHA-1 to {@code extra.malware.hash.*}. The identifier is
 * the family's printable name in lower case, {@code malware.name} the Malpedia name.
 */
final class ThreatfoxMapper {

    static final Event.Feed FEED = new Event.Feed("threatfox", "abuse.ch", "https://threatfox.abuse.ch/", null);

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    ParseOutcome map(ThreatfoxEntry entry, String raw, Instant observed) {
        Instant time = Timestamps.parse("first_seen_utc", entry.firstSeen());
        if (entry.ioc() == null) {
            throw BadField.missing("ioc_value");
        }
        if (entry.iocType() == null) {
            throw BadField.missing("ioc_type");
        }
        Map<String, Object> extra = new LinkedHashMap<>(entry.extra());
        if (entry.threatType() != null) {
            extra.put("threat_type", entry.threatType());
        }
        if (!entry.tags().isEmpty()) {
            extra.put("tags", entry.tags());
        }
        Endpoint source = Endpoint.EMPTY;
        String sha256 = null;
        String iocType = entry.iocType().toLowerCase(Locale.ROOT);
        switch (iocType) {
            case "ip:port" -> source = ipPort(entry.ioc());
            case "domain" ->
                source = new Endpoint(
                        null, null, UrlParts.fqdn("ioc_value", entry.ioc()), null, null, null, null, null, null, null);
            case "url" -> source = UrlParts.parse("ioc_value", entry.ioc()).toEndpoint();
            case "sha256_hash" -> sha256 = hash(entry.ioc(), SHA256);
            case "md5_hash" -> extra.put("malware.hash.md5", hash(entry.ioc(), MD5));
            case "sha1_hash" -> extra.put("malware.hash.sha1", hash(entry.ioc(), SHA1));
            default -> {
                return new ParseOutcome.Skipped("ThreatFox IOC type " + iocType + " is not taken");
            }
        }
        Event event = Event.of(time, FEED.name(), type(entry.threatType()), identifier(entry.malwarePrintable()))
                .withFeed(FEED)
                .withSource(source)
                .withMalware(lower(entry.malware()), sha256)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
        return ParseOutcome.of(event);
    }

    private static String type(@Nullable String threatType) {
        if (threatType == null) {
            throw BadField.missing("threat_type");
        }
        return switch (threatType.toLowerCase(Locale.ROOT)) {
            case "botnet_cc" -> "c2-server";
            case "payload_delivery" -> "malware-distribution";
            default -> "other";
        };
    }

    private static Endpoint ipPort(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0) {
            throw new BadField("ioc_value", RejectCode.BAD_VALUE, "ip:port IOC without a port: " + value);
        }
        String ip = Addresses.ip("ioc_value", value.substring(0, colon));
        Integer port = Addresses.port("ioc_value", value.substring(colon + 1));
        return new Endpoint(ip, port, null, null, null, null, null, null, null, null);
    }

    private static String hash(String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw new BadField("ioc_value", RejectCode.BAD_HASH, "not a hash of the stated type");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String identifier(@Nullable String printable) {
        String name = lower(printable);
        return name == null || name.equals("unknown malware") ? null : name;
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
