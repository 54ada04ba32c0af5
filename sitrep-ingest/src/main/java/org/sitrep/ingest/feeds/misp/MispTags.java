package org.sitrep.ingest.feeds.misp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Taxonomy;
import org.sitrep.core.event.Tlp;
import org.sitrep.ingest.feeds.fields.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * The tags of a MISP attribute or event and what they say: a classification ({@code rsit:} or {@code ecsirt:}
 * machine tags), a malware family ({@code misp-galaxy:} malware clusters) and a TLP ({@code tlp:} tags, the
 * strictest when several).
 */
record MispTags(List<String> tags, MispConfig config) {

    private static final Pattern MACHINE_TAG = Pattern.compile("([a-z0-9-]+):([a-z0-9-]+)(?:=\"?([^\"]*)\"?)?");

    /** A type and, for the old IntelMQ types {@code defacement} and {@code backdoor}, their identifier. */
    record Classification(String type, @Nullable String identifier) {}

    MispTags {
        tags = List.copyOf(tags);
    }

    /** Reads the tag names of an attribute or event ({@code Tag[].name}). */
    static MispTags of(JsonNode node, MispConfig config) {
        List<String> names = new ArrayList<>();
        for (JsonNode tag : node.path("Tag")) {
            if (tag.isObject()) {
                String name = JsonFields.text(tag, "name");
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return new MispTags(names, config);
    }

    @Nullable
    Classification classification() {
        for (String tag : tags) {
            Matcher matcher = MACHINE_TAG.matcher(tag.strip().toLowerCase(Locale.ROOT));
            if (!matcher.matches() || matcher.group(3) == null) {
                continue;
            }
            String value = matcher.group(3);
            if (matcher.group(1).equals("rsit")) {
                var type = Taxonomy.normalizeType(value);
                if (type.isPresent()) {
                    return new Classification(type.get(), legacyIdentifier(value));
                }
            } else if (matcher.group(1).equals("ecsirt") && config.ecsirtTypes().containsKey(value)) {
                return new Classification(config.ecsirtTypes().get(value), legacyIdentifier(value));
            }
        }
        return null;
    }

    /** {@code defacement} and {@code backdoor} are identifiers of {@code system-compromise} since IntelMQ 3. */
    private static @Nullable String legacyIdentifier(String value) {
        return value.equals("defacement") || value.equals("backdoor") ? value : null;
    }

    @Nullable
    String galaxyMalware() {
        for (String tag : tags) {
            Matcher matcher = MACHINE_TAG.matcher(tag.strip().toLowerCase(Locale.ROOT));
            if (matcher.matches()
                    && matcher.group(1).equals("misp-galaxy")
                    && config.malwareGalaxies().contains(matcher.group(2))
                    && matcher.group(3) != null
                    && !matcher.group(3).isBlank()) {
                return matcher.group(3).strip();
            }
        }
        return null;
    }

    @Nullable
    Tlp tlp() {
        Tlp strictest = null;
        for (String tag : tags) {
            if (tag.toLowerCase(Locale.ROOT).startsWith("tlp:")) {
                Tlp tlp = Tlp.parse(tag).orElse(null);
                if (tlp != null && (strictest == null || tlp.ordinal() > strictest.ordinal())) {
                    strictest = tlp;
                }
            }
        }
        return strictest;
    }
}
