package org.sitrep.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides the bulletin kind of an event from its classification ({@code bulletin_kinds} in {@code sitrep.yaml}).
 * Rules are tried in order; the first whose type and identifier match wins. A rule's {@code type} or
 * {@code identifier} of {@code null} matches anything. The type matched is the one the feed wrote (so that legacy
 * types such as {@code defacement} can be told apart from their current name) and its current name. An event no
 * rule matches has no kind: it is stored and shown as not in the bulletin, like the kinds the bulletin does not count.
 */
public record KindMapping(List<Rule> rules) {

    public record Rule(@Nullable String type, @Nullable String identifier, BulletinKind kind) {
        public Rule {
            Objects.requireNonNull(kind, "kind");
            type = type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
            identifier = identifier == null || identifier.isBlank()
                    ? null
                    : identifier.trim().toLowerCase(Locale.ROOT);
        }

        boolean matches(@Nullable String rawType, @Nullable String currentType, @Nullable String identifierValue) {
            boolean typeMatches = type == null || type.equals(rawType) || type.equals(currentType);
            boolean identifierMatches = identifier == null || identifier.equals(identifierValue);
            return typeMatches && identifierMatches;
        }
    }

    public KindMapping {
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The default of {@code spec/events.md} and {@code docs/feeds.md}: RSIT's types and the identifiers IntelMQ's
     * parsers and Shadowserver's reports give the same things, then every other type as {@link BulletinKind#OTHER}.
     */
    public static KindMapping defaults() {
        return new KindMapping(List.of(
                // defaced sites: the identifier (Sitrep, Shadowserver's compromised-website report, IntelMQ's
                // Zone-H parser), IntelMQ 2's type and RSIT's current one
                new Rule(null, "defacement", BulletinKind.DEFACEMENT),
                new Rule(null, "compromised-website", BulletinKind.DEFACEMENT),
                new Rule("defacement", null, BulletinKind.DEFACEMENT),
                new Rule("unauthorised-information-modification", null, BulletinKind.DEFACEMENT),
                new Rule(null, "webshell", BulletinKind.BACKDOOR),
                new Rule(null, "backdoor", BulletinKind.BACKDOOR),
                new Rule("backdoor", null, BulletinKind.BACKDOOR),
                new Rule("infected-system", null, BulletinKind.INFECTED),
                new Rule("malware-distribution", null, BulletinKind.DROP_SITE),
                new Rule("phishing", null, BulletinKind.PHISHING),
                new Rule("vulnerable-system", null, BulletinKind.VULNERABLE),
                new Rule("weak-crypto", null, BulletinKind.VULNERABLE),
                new Rule("potentially-unwanted-accessible", null, BulletinKind.VULNERABLE),
                new Rule("ddos-amplifier", null, BulletinKind.VULNERABLE),
                new Rule("information-disclosure", null, BulletinKind.VULNERABLE),
                new Rule("ddos", null, BulletinKind.DDOS),
                new Rule("dos", null, BulletinKind.DDOS),
                new Rule(null, null, BulletinKind.OTHER)));
    }

    public Optional<BulletinKind> kindOf(@Nullable String type, @Nullable String identifier) {
        String rawType = type == null ? null : type.trim().toLowerCase(Locale.ROOT);
        String currentType = Taxonomy.normalizeType(type).orElse(rawType);
        String identifierValue = identifier == null ? null : identifier.trim().toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.matches(rawType, currentType, identifierValue)) {
                return Optional.of(rule.kind());
            }
        }
        return Optional.empty();
    }
}
