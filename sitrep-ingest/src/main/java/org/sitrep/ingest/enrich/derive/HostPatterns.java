package org.sitrep.ingest.enrich.derive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Host-name globs, compared without case. A leading {@code *.} stands for any number of labels, none included:
 * {@code *.gov.cn} matches {@code gov.cn}, {@code beijing.gov.cn} and {@code www.beijing.gov.cn}. Elsewhere
 * {@code *} matches within one label and {@code ?} one character.
 */
final class HostPatterns {

    private final List<Pattern> patterns;

    HostPatterns(List<String> globs) {
        this.patterns = globs.stream().map(HostPatterns::compile).toList();
    }

    boolean matches(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }

    private static Pattern compile(String glob) {
        String text = glob.strip().toLowerCase(Locale.ROOT);
        StringBuilder regex = new StringBuilder();
        if (text.startsWith("*.")) {
            regex.append("(?:.+\\.)?");
            text = text.substring(2);
        }
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^.]*");
                case '?' -> regex.append("[^.]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
