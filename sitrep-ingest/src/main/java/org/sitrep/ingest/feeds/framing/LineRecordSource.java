package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * One record per non-blank line (JSON Lines, plain URL lists), numbered from 1; {@code \n} and {@code \r\n} end
 * lines. Lines starting with {@code #} are comments when the feed says so. A line longer than the limit is not
 * held: its start is passed on as a {@link FramingError}, for the parser to reject, and the rest is skipped (a
 * whole JSON array on one line must not exhaust memory).
 */
public final class LineRecordSource implements RecordSource {

    /** Key of a raw record's fields that says why the line is not one record. */
    public static final String FRAMING_ERROR = FramingError.FIELD;

    /** Longest line read as a record by the native formats, in characters. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    private static final int KEPT_OF_LONG_LINE = 2048;
    private static final int KEPT_OF_LONG_FEED_LINE = 200;

    private final Reader reader;
    private final int maxLine;
    private final boolean hashComments;
    /** Publishers' feeds skip a blank or comment line before looking at its length. */
    private final boolean skipBeforeLengthCheck;

    private final int keptOfLongLine;
    private final String overLongDetail;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(512);
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;
    private RawRecord next;

    /** A native JSON Lines input: every non-blank line is a record, lines up to {@link #DEFAULT_MAX_LINE}. */
    public LineRecordSource(Reader input) {
        this(input, DEFAULT_MAX_LINE);
    }

    public LineRecordSource(Reader input, int maxLine) {
        this(input, maxLine, false, false, KEPT_OF_LONG_LINE, "line longer than " + maxLine + " characters");
    }

    /**
     * A publisher's line feed: a leading byte-order mark is dropped, {@code #} lines are comments when
     * {@code hashComments}, lines up to {@link BoundedLineReader#DEFAULT_MAX_CHARS}.
     */
    public LineRecordSource(Reader input, boolean hashComments) {
        this(
                ByteOrderMark.skip(input),
                BoundedLineReader.DEFAULT_MAX_CHARS,
                hashComments,
                true,
                KEPT_OF_LONG_FEED_LINE,
                "line longer than the size limit");
    }

    private LineRecordSource(
            Reader input,
            int maxLine,
            boolean hashComments,
            boolean skipBeforeLengthCheck,
            int keptOfLongLine,
            String overLongDetail) {
        this.reader = input;
        this.maxLine = maxLine;
        this.hashComments = hashComments;
        this.skipBeforeLengthCheck = skipBeforeLengthCheck;
        this.keptOfLongLine = keptOfLongLine;
        this.overLongDetail = overLongDetail;
    }

    @Override
    public boolean hasNext() {
        try {
            while (next == null && readLine()) {
                lineNumber++;
                boolean tooLong = line.length() > maxLine;
                if (tooLong && !(skipBeforeLengthCheck && skipped(maxLine))) {
                    next = FramingError.record(
                            lineNumber, line.substring(0, Math.min(keptOfLongLine, line.length())), overLongDetail);
                } else if (!tooLong && !skipped(line.length())) {
                    next = RawRecord.ofText(lineNumber, line.toString());
                }
            }
            return next != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the line's first {@code length} characters are blank or, when the feed has them, a comment. */
    private boolean skipped(int length) {
        int first = 0;
        while (first < length && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        return first == length || (hashComments && line.charAt(first) == '#');
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
