package org.sitrep.ingest.feeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;

/** One record per non-blank line (JSON Lines and the like), numbered from 1; {@code \n} and {@code \r\n} end lines. */
public final class LineRecordSource implements RecordSource {

    private final BufferedReader reader;
    private long lineNumber;
    private RawRecord next;

    public LineRecordSource(Reader input) {
        this.reader = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input, 1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    next = RawRecord.ofText(lineNumber, line);
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
