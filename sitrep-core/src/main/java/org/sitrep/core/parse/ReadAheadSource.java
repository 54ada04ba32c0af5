package org.sitrep.core.parse;

import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A record source that reads one record ahead: {@link #hasNext()} reads the next record ({@link #read()}) and keeps
 * it until {@link #next()} hands it over. A source says only how to read its next record.
 */
public abstract class ReadAheadSource implements RecordSource {

    private @Nullable RawRecord next;
    private boolean ended;

    /** The next record of the input, or {@code null} at its end; not called again once it has returned null. */
    protected abstract @Nullable RawRecord read();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = read();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final RawRecord next() {
        RawRecord record = hasNext() ? next : null;
        if (record == null) {
            throw new NoSuchElementException();
        }
        next = null;
        return record;
    }
}
