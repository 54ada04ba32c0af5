package org.sitrep.core.event;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Reference Security Incident Taxonomy (RSIT) as IntelMQ 3 uses it: each classification type belongs to one
 * taxonomy. Types of IntelMQ 2.x that still appear in old data are translated to their current names.
 */
public final class Taxonomy {

    private static final Map<String, String> TAXONOMY_OF_TYPE = new LinkedHashMap<>();
    private static final Map<String, String> LEGACY_TYPES = Map.ofEntries(
            Map.entry("botnet drone", "infected-system"),
            Map.entry("c&c", "c2-server"),
            Map.entry("malware", "infected-system"),
            Map.entry("ransomware", "infected-system"),
            Map.entry("dropzone", "other"),
            Map.entry("defacement", "unauthorised-information-modification"),
            Map.entry("compromised", "system-compromise"),
            Map.entry("backdoor", "system-compromise"),
            Map.entry("vulnerable service", "vulnerable-system"),
            Map.entry("vulnerable client", "vulnerable-system"),
            Map.entry("exploit", "exploit"),
            Map.entry("ids alert", "ids-alert"),
            Map.entry("leak", "data-leak"));

    static {
        put("abusive-content", "spam", "harmful-speech", "violence");
        put("malicious-code", "infected-system", "c2-server", "malware-distribution", "malware-configuration");
        put("information-gathering", "scanner", "sniffing", "social-engineering");
        put("intrusion-attempts", "ids-alert", "brute-force", "exploit");
        put(
                "intrusions",
                "privileged-account-compromise",
                "unprivileged-account-compromise",
                "application-compromise",
                "system-compromise",
                "burglary");
        put("availability", "dos", "ddos", "outage", "sabotage", "misconfiguration");
        put(
                "information-content-security",
                "unauthorised-information-access",
                "unauthorised-information-modification",
                "data-loss",
                "data-leak");
        put("fraud", "unauthorized-use-of-resources", "copyright", "masquerade", "phishing");
        put(
                "vulnerable",
                "vulnerable-system",
                "ddos-amplifier",
                "information-disclosure",
                "potentially-unwanted-accessible",
                "weak-crypto");
        put("other", "other", "undetermined", "blacklist", "dga-domain", "malware", "proxy", "tor");
        put("test", "test");
    }

    private Taxonomy() {}

    private static void put(String taxonomy, String... types) {
        for (String type : types) {
            TAXONOMY_OF_TYPE.putIfAbsent(type, taxonomy);
        }
    }

    /** The current type name for a type as written by a feed, or empty when it is no known type. */
    public static Optional<String> normalizeType(@Nullable String type) {
        if (type == null) {
            return Optional.empty();
        }
        String name = type.trim().toLowerCase(Locale.ROOT);
        if (TAXONOMY_OF_TYPE.containsKey(name)) {
            return Optional.of(name);
        }
        return Optional.ofNullable(LEGACY_TYPES.get(name));
    }

    /** The RSIT taxonomy a (current) type belongs to. */
    public static Optional<String> taxonomyOf(String type) {
        return normalizeType(type).map(TAXONOMY_OF_TYPE::get);
    }

    /** Whether the type was renamed since IntelMQ 2.x ({@code defacement}, {@code backdoor}, …). */
    public static boolean isLegacy(String type) {
        return type != null && LEGACY_TYPES.containsKey(type.trim().toLowerCase(Locale.ROOT));
    }
}
