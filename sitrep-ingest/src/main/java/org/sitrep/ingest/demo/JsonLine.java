package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds one JSON object per line by hand into a reused buffer: the generator writes up to 10^8 lines, and a
 * tree or a per-line object mapper would dominate its cost. Keys come out in call order, so output is stable.
 * Strings are escaped per RFC 8259 (quote, backslash, control characters); other characters are written as
 * they are (the files are UTF-8).
 */
final class JsonLine {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder buffer = new StringBuilder(768);
    private boolean first;

    JsonLine begin() {
        buffer.setLength(0);
        buffer.append('{');
        first = true;
        return this;
    }

    /** Adds the field unless the value is {@code null}: IntelMQ leaves unknown fields out. */
    JsonLine text(String key, @Nullable String value) {
        if (value != null) {
            key(key);
            quote(value);
        }
        return this;
    }

    JsonLine number(String key, long value) {
        key(key);
        buffer.append(value);
        return this;
    }

    /** A number with one decimal given in tenths ({@code 98} → {@code 9.8}), printed without floating point. */
    JsonLine tenths(String key, int tenths) {
        key(key);
        buffer.append(tenths / 10).append('.').append(tenths % 10);
        return this;
    }

    JsonLine bool(String key, boolean value) {
        key(key);
        buffer.append(value);
        return this;
    }

    JsonLine texts(String key, List<String> values) {
        openArray(key);
        for (String value : values) {
            separate();
            quote(value);
        }
        return closeArray();
    }

    JsonLine openArray(String key) {
        key(key);
        buffer.append('[');
        first = true;
        return this;
    }

    JsonLine closeArray() {
        buffer.append(']');
        first = false;
        return this;
    }

    JsonLine openObject() {
        separate();
        buffer.append('{');
        first = true;
        return this;
    }

    JsonLine closeObject() {
        buffer.append('}');
        first = false;
        return this;
    }

    /** Ends the object and writes it with a newline. */
    void writeTo(Writer out) throws IOException {
        buffer.append('}').append('\n');
        out.append(buffer);
    }

    /** Writes the line again as it is (a feed re-delivering a record). */
    void writeAgainTo(Writer out) throws IOException {
        out.append(buffer);
    }

    private void key(String key) {
        separate();
        quote(key);
        buffer.append(':');
    }

    private void separate() {
        if (!first) {
            buffer.append(',');
        }
        first = false;
    }

    private void quote(String value) {
        buffer.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                buffer.append('\\').append(c);
            } else if (c < 0x20) {
                buffer.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
            } else {
                buffer.append(c);
            }
        }
        buffer.append('"');
    }
}
