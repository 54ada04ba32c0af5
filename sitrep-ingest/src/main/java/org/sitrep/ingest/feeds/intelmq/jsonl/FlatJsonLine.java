package org.sitrep.ingest.feeds.intelmq.jsonl;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.feeds.intelmq.Harmonization;
import org.sitrep.ingest.feeds.intelmq.IntelMqFields;

/**
 * Reads an IntelMQ JSON line as IntelMQ writes it, one flat object whose values are strings, whole numbers of up to
 * 18 digits, {@code true}, {@code false} or {@code null}, straight into the mapper's values by {@link IntelMqFields}
 * position: no tokens, tree or map per line, and no string for a member the mapper does not read. Any other line
 * (a nested value, a fraction or exponent, broken JSON, content after the object) is not read here ({@code null}):
 * the parser then reads it with Jackson as a map, which takes what is valid JSON and names every error as before.
 * What is read here is exactly what Jackson's untyped reading gives for the same line (a test compares them).
 */
final class FlatJsonLine {

    private static final String EXTRA_PREFIX = "extra.";
    /** Jackson's default limit of a member name's length; a longer name is left to Jackson to refuse. */
    private static final int MAX_NAME = 50_000;

    private static final Object NOT_FLAT = new Object();

    private final String text;
    private int position;
    /** {@link String#hashCode()} of the last string read, when it had no escape. */
    private int lastHash;

    private FlatJsonLine(String text) {
        this.text = text;
    }

    /** The values and extra fields, as {@link org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper} takes them. */
    record Fields(Object[] values, Map<String, Object> extra) {}

    static @Nullable Fields read(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.charAt(0) != '{') {
            return null;
        }
        return new FlatJsonLine(trimmed).object();
    }

    private @Nullable Fields object() {
        position = 1;
        Object[] values = new Object[IntelMqFields.COUNT];
        // every extra.* member as read, a later one replacing an earlier one in place, as in a map of the line
        Map<String, Object> extra = null;
        skipWhitespace();
        if (peek() == '}') {
            position++;
        } else {
            while (true) {
                if (peek() != '"') {
                    return null;
                }
                int nameStart = position + 1;
                Object name = string();
                int nameHash = lastHash;
                if (name == NOT_FLAT || position - nameStart > MAX_NAME) {
                    return null;
                }
                skipWhitespace();
                if (peek() != ':') {
                    return null;
                }
                position++;
                skipWhitespace();
                Object value = value();
                if (value == NOT_FLAT) {
                    return null;
                }
                int field = name instanceof String decoded
                        ? IntelMqFields.position(decoded)
                        : NameTable.position(text, nameStart, (Integer) name, nameHash);
                if (field >= 0) {
                    values[field] = value;
                } else {
                    String key = name instanceof String decoded ? decoded : text.substring(nameStart, (Integer) name);
                    boolean extraField = key.startsWith(EXTRA_PREFIX);
                    if (extraField || Harmonization.keptInExtra(key)) {
                        if (extra == null) {
                            extra = new LinkedHashMap<>();
                        }
                        extra.put(extraField ? key.substring(EXTRA_PREFIX.length()) : key, value);
                    }
                }
                skipWhitespace();
                char next = peek();
                position++;
                if (next == '}') {
                    break;
                }
                if (next != ',') {
                    return null;
                }
                skipWhitespace();
            }
        }
        if (position != text.length()) {
            return null;
        }
        if (extra == null) {
            return new Fields(values, Map.of());
        }
        extra.values().removeIf(value -> value == null || (value instanceof String string && string.isEmpty()));
        return new Fields(values, extra);
    }

    private @Nullable Object value() {
        char c = peek();
        return switch (c) {
            case '"' -> {
                int start = position + 1;
                Object string = string();
                yield string instanceof Integer end ? text.substring(start, end) : string;
            }
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> c == '-' || (c >= '0' && c <= '9') ? number() : NOT_FLAT;
        };
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
        if (!text.startsWith(word, position)) {
            return NOT_FLAT;
        }
        position += word.length();
        return value;
    }

    /** A whole number of 1–18 digits (no leading zero, no {@code -0}) as Integer or Long, as Jackson gives it. */
    private Object number() {
        boolean negative = text.charAt(position) == '-';
        int start = negative ? position + 1 : position;
        int end = start;
        long value = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            value = value * 10 + (text.charAt(end) - '0');
            end++;
        }
        int digits = end - start;
        if (digits == 0 || digits > 18 || (digits > 1 && text.charAt(start) == '0') || (negative && value == 0)) {
            return NOT_FLAT;
        }
        if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
            return NOT_FLAT;
        }
        position = end;
        long signed = negative ? -value : value;
        return signed == (int) signed ? (Object) Integer.valueOf((int) signed) : (Object) Long.valueOf(signed);
    }

    /**
     * Reads the string starting at the quote under the cursor: the end of its text (an Integer) when it has no
     * escape, so that the caller cuts it only if needed; else the decoded string; {@link #NOT_FLAT} when it is not
     * valid (unescaped control character, unknown escape, no closing quote).
     */
    private Object string() {
        int start = position + 1;
        int end = start;
        int hash = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') {
                position = end + 1;
                lastHash = hash;
                return end;
            }
            hash = 31 * hash + c;
            if (c == '\\') {
                return escaped(start, end);
            }
            if (c < 0x20) {
                return NOT_FLAT;
            }
            end++;
        }
        return NOT_FLAT;
    }

    private Object escaped(int start, int firstEscape) {
        StringBuilder decoded = new StringBuilder(firstEscape - start + 16).append(text, start, firstEscape);
        int at = firstEscape;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                position = at + 1;
                return decoded.toString();
            }
            if (c < 0x20 || (c == '\\' && at + 1 >= text.length())) {
                return NOT_FLAT;
            }
            if (c != '\\') {
                decoded.append(c);
                at++;
                continue;
            }
            char escape = text.charAt(at + 1);
            at += 2;
            switch (escape) {
                case '"', '\\', '/' -> decoded.append(escape);
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> {
                    int code = at + 4 <= text.length() ? hex(at) : -1;
                    if (code < 0) {
                        return NOT_FLAT;
                    }
                    decoded.append((char) code);
                    at += 4;
                }
                default -> {
                    return NOT_FLAT;
                }
            }
        }
        return NOT_FLAT;
    }

    private int hex(int at) {
        int code = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || text.charAt(i) > 'f') {
                return -1;
            }
            code = code << 4 | digit;
        }
        return code;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    /** JSON's whitespace: space, tab, line feed, carriage return. */
    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The positions of the mapped fields' names, found from a name's characters in the line without cutting them. */
    private static final class NameTable {
        private static final int SIZE = 128;
        private static final String[] NAMES = new String[SIZE];
        private static final int[] POSITIONS = new int[SIZE];

        static {
            for (int field = 0; field < IntelMqFields.COUNT; field++) {
                String name = IntelMqFields.name(field);
                int slot = name.hashCode() & (SIZE - 1);
                while (NAMES[slot] != null) {
                    slot = (slot + 1) & (SIZE - 1);
                }
                NAMES[slot] = name;
                POSITIONS[slot] = field;
            }
        }

        /** The field of the name {@code text[start, end)} whose {@link String#hashCode()} is {@code hash}. */
        static int position(String text, int start, int end, int hash) {
            int length = end - start;
            for (int slot = hash & (SIZE - 1); NAMES[slot] != null; slot = (slot + 1) & (SIZE - 1)) {
                String name = NAMES[slot];
                if (name.length() == length && name.hashCode() == hash && text.startsWith(name, start)) {
                    return POSITIONS[slot];
                }
            }
            return -1;
        }
    }
}
