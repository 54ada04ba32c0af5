package org.sitrep.core.parse;

import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record source over one document that must be read whole before its records can be framed (a record carries
 * objects that may come after it, as in a STIX bundle or a MISP event). The document is read on first use.
 */
public abstract class DocumentSource implements RecordSource {

    private @Nullable Iterator<RawRecord> records;

    /** Reads the document (bounded) and frames its records; a document that breaks off ends with a framing error. */
    protected abstract List<RawRecord> frame();

    @Override
    public final boolean hasNext() {
        return records().hasNext();
    }

    @Override
    public final RawRecord next() {
        return records().next();
    }

    private Iterator<RawRecord> records() {
        Iterator<RawRecord> framed = records;
        if (framed == null) {
            framed = frame().iterator();
            records = framed;
        }
        return framed;
    }
}
