package org.sitrep.ingest.feeds.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads lines like {@link BufferedReader#readLine()} but never holds more than a fixed number of characters of one
 * line: the rest of an over-long line is consumed and the line is marked, so a file without line breaks cannot
 * exhaust memory.
 */
public final class BoundedLineReader implements AutoCloseable {

    /** A line as read: its 1-based number, its text (cut at the limit) and whether it was cut. */
    public record Line(long number, String text, boolean truncated) {}

    /** Default limit per line: generous for a CSV row or a JSON line, small against memory. */
    public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

    private final BufferedReader reader;
    private final int maxChars;
    private long number;

    public BoundedLineReader(Reader input, int maxChars) {
        this.reader = new BufferedReader(ByteOrderMark.skip(input));
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or {@code null} at the end of the input. */
    public Line next() {
        try {
            StringBuilder text = new StringBuilder();
            boolean truncated = false;
            int c = reader.read();
            if (c < 0) {
                return null;
            }
            while (c >= 0 && c != '\n') {
                if (text.length() < maxChars) {
                    text.append((char) c);
                } else {
                    truncated = true;
                }
                c = reader.read();
            }
            int end = text.length();
            if (end > 0 && text.charAt(end - 1) == '\r') {
                text.setLength(end - 1);
            }
            number++;
            return new Line(number, text.toString(), truncated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long lineNumber() {
        return number;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
