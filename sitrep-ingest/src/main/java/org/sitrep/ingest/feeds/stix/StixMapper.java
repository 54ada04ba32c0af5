package org.sitrep.ingest.feeds.stix;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

/**
 * A STIX indicator or observed-data object (with the objects it refers to) → one event. Indicators are read from
 * their pattern ({@link StixPattern}), observed data from its embedded or referenced SCOs. Classification as in
 * {@link StixConfig}; the malware an indicator {@code indicates} gives identifier and {@code malware.name}; the
 * strictest TLP among its markings gives {@code tlp}; the producing identity's name gives {@code feed.provider}.
 */
final class StixMapper {

    private final StixConfig config;

    StixMapper(StixConfig config) {
        this.config = config;
    }

    ParseOutcome map(JsonNode object, JsonNode referenced, String raw, Instant observed) {
        String type = JsonFields.text(object, "type");
        Observables observables;
        Instant time;
        try {
            if ("indicator".equals(type)) {
                String patternType = JsonFields.text(object, "pattern_type");
                if (patternType != null && !patternType.equalsIgnoreCase("stix")) {
                    return new ParseOutcome.Skipped("indicator pattern_type " + patternType + " is not taken");
                }
                observables = StixPattern.parse(JsonFields.required(object, "pattern"));
                time = Timestamps.parse("valid_from", JsonFields.required(object, "valid_from"));
            } else if ("observed-data".equals(type)) {
                observables = observed(object, referenced);
                time = Timestamps.parse("first_observed", JsonFields.required(object, "first_observed"));
            } else {
                return new ParseOutcome.Skipped("STIX object type " + type + " is not taken");
            }
        } catch (Observables.Unsupported e) {
            return new ParseOutcome.Skipped("STIX " + type + ": " + e.getMessage());
        }
        if (observables.isEmpty()) {
            return new ParseOutcome.Skipped("STIX " + type + " names nothing Sitrep takes");
        }
        Set<String> words = new LinkedHashSet<>();
        words.addAll(lower(JsonFields.strings(object, "labels")));
        words.addAll(lower(JsonFields.strings(object, "indicator_types")));
        String classification = config.classify(words, observables);
        String malware = malwareName(object, referenced);
        Event event = Event.of(time, "stix", classification, malware)
                .withFeed(new Event.Feed("stix", provider(object, referenced), null, null))
                .withSource(endpoint(observables))
                .withMalware(malware, sha256(observables))
                .withTlp(tlp(object, referenced))
                .withObservation(observed)
                .withExtra(extra(object, observables))
                .withRaw(raw);
        return ParseOutcome.of(event);
    }

    private static Observables observed(JsonNode object, JsonNode referenced) {
        Observables observables = new Observables();
        JsonNode embedded = object.path("objects");
        if (embedded.isObject()) {
            embedded.properties().forEach(entry -> addSco(observables, entry.getValue(), embedded));
        }
        for (JsonNode ref : object.path("object_refs")) {
            JsonNode sco = referenced.get(StixBundleSource.text(ref));
            if (sco != null) {
                addSco(observables, sco, referenced);
            }
        }
        return observables;
    }

    /** One SCO into the observables; {@code others} resolves a network-traffic's {@code dst_ref}. */
    private static void addSco(Observables observables, JsonNode sco, JsonNode others) {
        if (!sco.isObject()) {
            throw new BadField("objects", RejectCode.BAD_VALUE, "an observed object must be a JSON object");
        }
        String type = StixBundleSource.text(sco.path("type"));
        switch (type) {
            case "url" -> observables.set("url", JsonFields.required(sco, "value"));
            case "domain-name" -> observables.set("domain", JsonFields.required(sco, "value"));
            case "ipv4-addr", "ipv6-addr" -> observables.set("ip", JsonFields.required(sco, "value"));
            case "file" -> {
                JsonNode hashes = sco.path("hashes");
                putHash(observables, "sha256", hashes, "SHA-256", "SHA256");
                putHash(observables, "md5", hashes, "MD5");
                putHash(observables, "sha1", hashes, "SHA-1", "SHA1");
            }
            case "network-traffic" -> {
                String port = JsonFields.text(sco, "dst_port");
                if (port != null) {
                    observables.set("port", port);
                }
                JsonNode destination = others.get(StixBundleSource.text(sco.path("dst_ref")));
                if (destination != null && destination.isObject()) {
                    addSco(observables, destination, others);
                }
            }
            default -> {
                // other SCOs (email-addr, x509-certificate, …) are context, not an event field
            }
        }
    }

    private static void putHash(Observables observables, String kind, JsonNode hashes, String... names) {
        for (String name : names) {
            String value = hashes.isObject() ? JsonFields.text(hashes, name) : null;
            if (value != null) {
                observables.set(kind, value.toLowerCase(Locale.ROOT));
                return;
            }
        }
    }

    private static Endpoint endpoint(Observables observables) {
        UrlParts url = observables.url == null ? null : UrlParts.parse("url", observables.url);
        String ip = observables.ip == null ? null : Addresses.ip("ip", observables.ip);
        String fqdn = observables.domain == null ? null : UrlParts.fqdn("domain", observables.domain);
        if (url != null) {
            ip = ip != null ? ip : url.ip();
            fqdn = fqdn != null ? fqdn : url.fqdn();
        }
        Integer port = observables.port != null ? observables.port : url == null ? null : url.port();
        if (port != null && (port < 0 || port > 65535)) {
            throw new BadField("dst_port", RejectCode.BAD_PORT, "not a port: " + port);
        }
        return new Endpoint(ip, port, fqdn, url == null ? null : url.url(), null, null, null, null, null, null);
    }

    private static @Nullable String sha256(Observables observables) {
        if (observables.sha256 != null && !observables.sha256.matches("[0-9a-fA-F]{64}")) {
            throw new BadField("hashes.SHA-256", RejectCode.BAD_HASH, "not a SHA-256 hash");
        }
        return observables.sha256 == null ? null : observables.sha256.toLowerCase(Locale.ROOT);
    }

    private static @Nullable String malwareName(JsonNode object, JsonNode referenced) {
        for (JsonNode target : referenced) {
            if ("malware".equals(StixBundleSource.text(target.path("type")))) {
                String name = JsonFields.text(target, "name");
                if (name != null) {
                    return name.toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    private static @Nullable String provider(JsonNode object, JsonNode referenced) {
        JsonNode identity = referenced.get(StixBundleSource.text(object.path("created_by_ref")));
        return identity == null ? null : JsonFields.text(identity, "name");
    }

    private @Nullable Tlp tlp(JsonNode object, JsonNode referenced) {
        Tlp strictest = null;
        for (JsonNode ref : object.path("object_marking_refs")) {
            String id = StixBundleSource.text(ref);
            Tlp tlp = config.tlpMarkings().get(id);
            if (tlp == null && referenced.get(id) != null) {
                tlp = markingTlp(referenced.get(id));
            }
            if (tlp != null && (strictest == null || tlp.ordinal() > strictest.ordinal())) {
                strictest = tlp;
            }
        }
        return strictest;
    }

    /** A bundle's own TLP marking: STIX 2.1 {@code definition.tlp} or a TLP 2.0 extension's {@code name}. */
    private static @Nullable Tlp markingTlp(JsonNode marking) {
        JsonNode definition = marking.path("definition");
        if (definition.isObject() && JsonFields.text(definition, "tlp") != null) {
            return Tlp.parse(JsonFields.text(definition, "tlp")).orElse(null);
        }
        String name = JsonFields.text(marking, "name");
        return name == null ? null : Tlp.parse(name).orElse(null);
    }

    private static Map<String, Object> extra(JsonNode object, Observables observables) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (String field : List.of("id", "name", "pattern", "confidence", "valid_until", "created", "modified")) {
            String value = JsonFields.text(object, field);
            if (value != null) {
                extra.put(field.equals("id") ? "stix_id" : field, value);
            }
        }
        for (String field : List.of("labels", "indicator_types")) {
            List<String> values = JsonFields.strings(object, field);
            if (!values.isEmpty()) {
                extra.put(field, values);
            }
        }
        if (observables.md5 != null) {
            extra.put("malware.hash.md5", observables.md5);
        }
        if (observables.sha1 != null) {
            extra.put("malware.hash.sha1", observables.sha1);
        }
        return extra;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(value -> value.toLowerCase(Locale.ROOT)).toList();
    }
}
