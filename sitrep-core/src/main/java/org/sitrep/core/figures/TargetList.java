package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a case's {@code targets} column: a JSON array of strings ({@code ["https://a.example/x.apk", …]}) as the
 * case store writes it, or, from older or hand-made rows, a comma-, semicolon- or newline-separated list.
 */
final class TargetList {

    private TargetList() {}

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String trimmed = text.strip();
        return trimmed.startsWith("[") ? jsonStrings(trimmed) : separated(trimmed);
    }

    private static List<String> separated(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,;\\n]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The string elements of a flat JSON array; anything that is not a string is ignored. */
    private static List<String> jsonStrings(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < text.length() && text.charAt(i) != '"') {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char escaped = text.charAt(i + 1);
                    if (escaped == 'u' && i + 5 < text.length()) {
                        value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                        i += 6;
                        continue;
                    }
                    value.append(
                            switch (escaped) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case 'r' -> '\r';
                                case 'b' -> '\b';
                                case 'f' -> '\f';
                                default -> escaped;
                            });
                    i += 2;
                    continue;
                }
                value.append(c);
                i++;
            }
            i++;
            if (!value.isEmpty()) {
                out.add(value.toString().strip());
            }
        }
        return out;
    }
}
