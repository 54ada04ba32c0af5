package org.sitrep.ingest.enrich.derive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Host-name globs, compared without case. A leading {@code *.} stands for any number of labels, none included:
 * {@code *.gov.cn} matches {@code gov.cn}, {@code beijing.gov.cn} and {@code www.beijing.gov.cn}. Elsewhere
 * {@code *} matches within one label and {@code ?} one character.
 */
final class HostPatterns {

    private final List<Glob> globs;

    HostPatterns(List<String> globs) {
        this.globs = globs.stream().map(HostPatterns::compile).toList();
    }

    boolean matches(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        for (Glob glob : globs) {
            if (glob.matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static Glob compile(String glob) {
        String text = glob.strip().toLowerCase(Locale.ROOT);
        StringBuilder regex = new StringBuilder();
        boolean anyDepth = text.startsWith("*.");
        if (anyDepth) {
            regex.append("(?:.+\\.)?");
            text = text.substring(2);
        }
        boolean literal = true;
        for (char c : text.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^.]*");
                case '?' -> regex.append("[^.]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
            literal &= c != '*' && c != '?';
        }
        Pattern pattern = Pattern.compile(regex.toString());
        return anyDepth && literal ? new Glob(pattern, text) : new Glob(pattern, null);
    }

    /**
     * A compiled glob. {@code *.suffix} without other wildcards, the usual form, is matched without the regular
     * expression: the name is the suffix, or ends with a dot and the suffix after at least one character none of
     * which ends a line (what {@code .} matches).
     */
    private record Glob(Pattern pattern, @Nullable String suffix) {

        boolean matches(String name) {
            if (suffix == null) {
                return pattern.matcher(name).matches();
            }
            if (name.equals(suffix)) {
                return true;
            }
            int dot = name.length() - suffix.length() - 1;
            if (dot < 1 || name.charAt(dot) != '.' || !name.endsWith(suffix)) {
                return false;
            }
            for (int i = 0; i < dot; i++) {
                if (isLineTerminator(name.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isLineTerminator(char c) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        }
    }
}
