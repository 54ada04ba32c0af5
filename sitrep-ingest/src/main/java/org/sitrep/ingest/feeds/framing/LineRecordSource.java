package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import java.util.NoSuchElementException;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/**
 * One record per non-blank line (plain URL lists, JSON lines). Lines starting with {@code #} are comments when
 * the feed says so; an over-long line becomes a framing error.
 */
public final class LineRecordSource implements RecordSource {

    private final BoundedLineReader lines;
    private final boolean hashComments;
    private RawRecord next;

    public LineRecordSource(Reader input, boolean hashComments) {
        this.lines = new BoundedLineReader(input, BoundedLineReader.DEFAULT_MAX_CHARS);
        this.hashComments = hashComments;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            BoundedLineReader.Line line = lines.next();
            if (line == null) {
                return false;
            }
            String text = line.text();
            if (text.isBlank() || (hashComments && text.stripLeading().startsWith("#"))) {
                continue;
            }
            next = line.truncated()
                    ? FramingError.record(line.number(), text.substring(0, 200), "line longer than the size limit")
                    : RawRecord.ofText(line.number(), text);
        }
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
        lines.close();
    }
}
