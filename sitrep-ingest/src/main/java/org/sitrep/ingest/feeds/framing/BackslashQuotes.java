package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads Shadowserver's backslash-escaped quotes as RFC 4180 doubled quotes: inside a quoted cell, {@code \"} is a
 * quote ({@code "Basic realm=\"x\""} is the cell {@code Basic realm="x"}), unless that quote closes the cell — a
 * comma, a line break or the end of the input follows it — so that a cell ending in a backslash ({@code "C:\"})
 * keeps it. Every other character passes unchanged, so line numbers stay the file's and FastCSV still does all of
 * the CSV reading.
 */
final class BackslashQuotes extends Reader {

    private static final int LOOKAHEAD = 3;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int start;
    private int end;
    private boolean ended;
    private boolean inQuotes;
    private boolean fieldStart = true;
    /** The second quote of a doubled pair that did not fit the caller's buffer. */
    private boolean quoteOwed;

    BackslashQuotes(Reader input) {
        this.in = input;
    }

    @Override
    public int read(char[] out, int offset, int length) throws IOException {
        int n = 0;
        if (quoteOwed && length > 0) {
            out[offset + n++] = '"';
            quoteOwed = false;
        }
        while (n < length) {
            fill();
            if (start == end) {
                break;
            }
            char c = buffer[start];
            if (!inQuotes) {
                inQuotes = c == '"' && fieldStart;
                fieldStart = c == ',' || c == '\n' || c == '\r' || (fieldStart && (c == ' ' || c == '\t'));
                out[offset + n++] = c;
                start++;
                continue;
            }
            boolean escaped = c == '\\' && at(1) == '"' && !closes(at(2));
            if (escaped || (c == '"' && at(1) == '"')) {
                out[offset + n++] = '"';
                start += 2;
                if (n < length) {
                    out[offset + n++] = '"';
                } else {
                    quoteOwed = true;
                }
                continue;
            }
            if (c == '"') {
                inQuotes = false;
                fieldStart = false;
            }
            out[offset + n++] = c;
            start++;
        }
        return n == 0 && length > 0 ? -1 : n;
    }

    /** The character {@code ahead} places on, or −1 past the end of the input. */
    private int at(int ahead) {
        return start + ahead < end ? buffer[start + ahead] : -1;
    }

    private static boolean closes(int next) {
        return next == ',' || next == '\n' || next == '\r' || next < 0;
    }

    /** Keeps at least {@link #LOOKAHEAD} characters buffered until the input ends. */
    private void fill() throws IOException {
        while (!ended && end - start < LOOKAHEAD) {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                ended = true;
            } else {
                end += read;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
