package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.ReadAheadSource;

/**
 * One record per non-blank line (JSON Lines, plain URL lists), numbered from 1; {@code \n} and {@code \r\n} end
 * lines. Lines starting with {@code #} are comments when the feed says so. A line longer than the limit is not
 * held: its start is passed on as a {@link org.sitrep.core.parse.FramingError}, for the parser to reject, and the rest is skipped (a
 * whole JSON array on one line must not exhaust memory).
 */
public final class LineRecordSource extends ReadAheadSource {

    /** Longest line read as a record by the native formats, in characters. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;

    private static final int KEPT_OF_LONG_LINE = 2048;
    private static final int KEPT_OF_LONG_FEED_LINE = 200;

    private final int maxLine;
    private final BoundedLineReader lines;
    private final boolean hashComments;
    /** Publishers' feeds skip a blank or comment line before looking at its length. */
    private final boolean skipBeforeLengthCheck;

    private final int keptOfLongLine;
    private final String overLongDetail;

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
                input,
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
        this.maxLine = maxLine;
        this.lines = new BoundedLineReader(input, maxLine + 1); // one character past the limit tells a long line
        this.hashComments = hashComments;
        this.skipBeforeLengthCheck = skipBeforeLengthCheck;
        this.keptOfLongLine = keptOfLongLine;
        this.overLongDetail = overLongDetail;
    }

    @Override
    protected @Nullable RawRecord read() {
        while (true) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return null;
            }
            String text = line.text();
            boolean tooLong = line.truncated() || text.length() > maxLine;
            if (tooLong && !(skipBeforeLengthCheck && skipped(text))) {
                return RawRecord.unframed(
                        line.number(), text.substring(0, Math.min(keptOfLongLine, text.length())), overLongDetail);
            } else if (!tooLong && !skipped(text)) {
                return RawRecord.ofText(line.number(), text);
            }
        }
    }

    /** Whether the line is blank or, when the feed has them, a comment. */
    private boolean skipped(String text) {
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first == text.length() || (hashComments && text.charAt(first) == '#');
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
