package org.sitrep.ingest.feeds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * One record per non-blank line (JSON Lines and the like), numbered from 1; {@code \n} and {@code \r\n} end lines.
 * A line longer than the limit is not held: its start is passed on with {@link #FRAMING_ERROR} set, for the parser
 * to reject, and the rest is skipped (a whole JSON array on one line must not exhaust memory).
 */
public final class LineRecordSource implements RecordSource {

    /** Key of a raw record's fields that says why the line is not one record. */
    public static final String FRAMING_ERROR = CsvRecordSource.FRAMING_ERROR;

    /** Longest line read as a record, in characters. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    private static final int KEPT_OF_LONG_LINE = 2048;

    private final Reader reader;
    private final int maxLine;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(512);
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private RawRecord next;

    public LineRecordSource(Reader input) {
        this(input, DEFAULT_MAX_LINE);
    }

    public LineRecordSource(Reader input, int maxLine) {
        this.reader = input;
        this.maxLine = maxLine;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && readLine()) {
                lineNumber++;
                if (line.length() > maxLine) {
                    String error = "line longer than " + maxLine + " characters";
                    next = new RawRecord(
                            lineNumber,
                            line.substring(0, Math.min(KEPT_OF_LONG_LINE, line.length())),
                            Map.of(FRAMING_ERROR, error));
                } else if (!line.toString().isBlank()) {
                    next = RawRecord.ofText(lineNumber, line.toString());
                }
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next line into {@link #line} (without its end, at most one char past the limit kept). */
    private boolean readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (endOfInput || !fill()) {
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            keep(start, position);
            if (position < limit) {
                position++;
                stripCarriageReturn();
                return true;
            }
        }
    }

    private void keep(int start, int end) {
        int room = maxLine + 1 - line.length();
        if (room > 0) {
            line.append(buffer, start, Math.min(end - start, room));
        }
    }

    private void stripCarriageReturn() {
        int last = line.length() - 1;
        if (last >= 0 && line.length() <= maxLine && line.charAt(last) == '\r') {
            line.setLength(last);
        }
    }

    private boolean fill() throws IOException {
        int read = reader.read(buffer);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRecord record = next;
        next = null;
        return record;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
