package org.sitrep.ingest.feeds.misp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.Addresses;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.Timestamps;
import org.sitrep.ingest.feeds.fields.UrlParts;
import tools.jackson.databind.JsonNode;

/** One MISP attribute with its event (and object) → one event, as {@link MispConfig} describes. */
final class MispMapper {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

    private final MispConfig config;

    MispMapper(MispConfig config) {
        this.config = config;
    }

    ParseOutcome map(JsonNode attribute, JsonNode event, @Nullable JsonNode object, String raw, Instant observed) {
        if ("true".equalsIgnoreCase(JsonFields.text(attribute, "deleted"))) {
            return new ParseOutcome.Skipped("MISP attribute deleted");
        }
        String type = JsonFields.required(attribute, "type").toLowerCase(Locale.ROOT);
        String value = JsonFields.required(attribute, "value");
        Map<String, Object> extra = new LinkedHashMap<>();
        Endpoint source;
        String sha256 = null;
        String[] parts = value.split("\\|", -1);
        boolean composite = type.contains("|");
        if (composite && parts.length != 2) {
            throw new BadField("value", RejectCode.BAD_VALUE, type + " needs two values separated by |");
        }
        switch (type) {
            case "ip-src", "ip-dst" -> source = endpoint(Addresses.ip("value", value), null, null, null);
            case "ip-src|port", "ip-dst|port" ->
                source = endpoint(Addresses.ip("value", parts[0]), Addresses.port("value", parts[1]), null, null);
            case "domain", "hostname" -> source = endpoint(null, null, UrlParts.fqdn("value", value), null);
            case "hostname|port" ->
                source = endpoint(null, Addresses.port("value", parts[1]), UrlParts.fqdn("value", parts[0]), null);
            case "domain|ip" ->
                source = endpoint(Addresses.ip("value", parts[1]), null, UrlParts.fqdn("value", parts[0]), null);
            case "url" -> source = UrlParts.parse("value", value).toEndpoint();
            case "sha256" -> {
                source = Endpoint.EMPTY;
                sha256 = hash(value, SHA256);
            }
            case "md5", "sha1" -> {
                source = Endpoint.EMPTY;
                extra.put("malware.hash." + type, hash(value, type.equals("md5") ? MD5 : SHA1));
            }
            case "filename|sha256" -> {
                source = Endpoint.EMPTY;
                extra.put("file_name", parts[0]);
                sha256 = hash(parts[1], SHA256);
            }
            case "filename|md5", "filename|sha1" -> {
                source = Endpoint.EMPTY;
                extra.put("file_name", parts[0]);
                String kind = type.substring(9);
                extra.put("malware.hash." + kind, hash(parts[1], kind.equals("md5") ? MD5 : SHA1));
            }
            default -> {
                return new ParseOutcome.Skipped("MISP attribute type " + type + " is not taken");
            }
        }
        MispTags attributeTags = MispTags.of(attribute, config);
        MispTags eventTags = MispTags.of(event, config);
        MispTags.Classification tagged = attributeTags.classification();
        if (tagged == null) {
            tagged = eventTags.classification();
        }
        String category = JsonFields.text(attribute, "category");
        String classification = tagged != null ? tagged.type() : byCategory(category, !source.isEmpty());
        String malware = attributeTags.galaxyMalware();
        if (malware == null) {
            malware = eventTags.galaxyMalware();
        }
        String identifier = tagged != null && tagged.identifier() != null ? tagged.identifier() : malware;
        Tlp tlp = attributeTags.tlp();
        if (tlp == null) {
            tlp = eventTags.tlp();
        }
        putIfPresent(extra, "misp.event_uuid", JsonFields.text(event, "uuid"));
        putIfPresent(extra, "misp.attribute_uuid", JsonFields.text(attribute, "uuid"));
        putIfPresent(extra, "misp.event_info", JsonFields.text(event, "info"));
        putIfPresent(extra, "misp.category", category);
        putIfPresent(extra, "misp.type", type);
        putIfPresent(extra, "misp.to_ids", JsonFields.text(attribute, "to_ids"));
        putIfPresent(extra, "misp.comment", JsonFields.text(attribute, "comment"));
        if (object != null) {
            putIfPresent(extra, "misp.object_name", JsonFields.text(object, "name"));
        }
        JsonNode orgc = event.path("Orgc");
        String provider = orgc.isObject() ? JsonFields.text(orgc, "name") : null;
        Event mapped = Event.of(time(attribute, event), "misp", classification, identifier)
                .withFeed(new Event.Feed("misp", provider, null, null))
                .withSource(source)
                .withMalware(malware, sha256)
                .withTlp(tlp)
                .withObservation(observed)
                .withExtra(extra)
                .withRaw(raw);
        return ParseOutcome.of(mapped);
    }

    private static Instant time(JsonNode attribute, JsonNode event) {
        String firstSeen = JsonFields.text(attribute, "first_seen");
        if (firstSeen != null) {
            return Timestamps.parse("first_seen", firstSeen);
        }
        String timestamp = JsonFields.text(attribute, "timestamp");
        if (timestamp != null) {
            return Timestamps.parse("timestamp", timestamp);
        }
        return Timestamps.parse("Event.date", JsonFields.text(event, "date"));
    }

    private static Endpoint endpoint(
            @Nullable String ip, @Nullable Integer port, @Nullable String fqdn, @Nullable String url) {
        return new Endpoint(ip, port, fqdn, url, null, null, null, null, null, null);
    }

    private static String hash(String value, Pattern pattern) {
        if (!pattern.matcher(value.strip()).matches()) {
            throw new BadField("value", RejectCode.BAD_HASH, "not a hash of the stated type");
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static String byCategory(@Nullable String category, boolean network) {
        if (!network) {
            return "other";
        }
        return "payload delivery".equalsIgnoreCase(category) ? "malware-distribution" : "blacklist";
    }

    private static void putIfPresent(Map<String, Object> extra, String key, @Nullable String value) {
        if (value != null) {
            extra.put(key, value);
        }
    }
}
