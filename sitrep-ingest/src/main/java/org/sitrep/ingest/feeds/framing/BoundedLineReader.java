package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines, each ended by {@code \n} (a {@code \r} before it dropped), but never holds more than a fixed number of characters of one
 * line: the rest of an over-long line is consumed and the line is marked, so a file without line breaks cannot
 * exhaust memory.
 */
public final class BoundedLineReader implements AutoCloseable {

    /** A line as read: its 1-based number, its text (cut at the limit) and whether it was cut. */
    public record Line(long number, String text, boolean truncated) {}

    /** Default limit per line: generous for a CSV row or a JSON line, small against memory. */
    public static final int DEFAULT_MAX_CHARS = 2 * 1024 * 1024;

    private static final int BUFFER_CHARS = 64 * 1024;

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int position;
    private int limit;
    private boolean ended;
    private long number;

    public BoundedLineReader(Reader input, int maxChars) {
        this.reader = ByteOrderMark.skip(input);
        this.maxChars = maxChars;
    }

    /**
     * The next line without its terminator ({@code \n}, and a {@code \r} before it), or {@code null} at the end of the
     * input. Lines are cut out of a buffer of their own, not read a character at a time.
     */
    public @Nullable Line next() {
        try {
            if (!fill()) {
                return null;
            }
            StringBuilder spill = null;
            boolean truncated = false;
            while (true) {
                int start = position;
                int newline = indexOfNewline(start);
                int end = newline >= 0 ? newline : limit;
                position = newline >= 0 ? newline + 1 : limit;
                if (spill == null && newline >= 0) {
                    int length = end - start;
                    return line(new String(buffer, start, Math.min(length, maxChars)), length > maxChars);
                }
                if (spill == null) {
                    spill = new StringBuilder();
                }
                int take = Math.min(maxChars - spill.length(), end - start);
                spill.append(buffer, start, take);
                truncated |= take < end - start;
                if (newline >= 0 || !fill()) {
                    return line(spill.toString(), truncated);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private Line line(String text, boolean truncated) {
        String kept = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        number++;
        return new Line(number, kept, truncated);
    }

    /** Whether characters are buffered, reading more when none are left; {@code false} at the end of the input. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (ended) {
            return false;
        }
        int read;
        do {
            read = reader.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    public long lineNumber() {
        return number;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
