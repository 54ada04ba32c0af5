package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/** Drops a leading byte-order mark that a decoder left in the text (Windows tools write UTF-8 with one). */
public final class ByteOrderMark {

    private static final int BOM = '\uFEFF';

    private ByteOrderMark() {}

    public static Reader skip(Reader input) {
        PushbackReader reader = new PushbackReader(input, 1);
        try {
            int first = reader.read();
            if (first >= 0 && first != BOM) {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader;
    }
}
