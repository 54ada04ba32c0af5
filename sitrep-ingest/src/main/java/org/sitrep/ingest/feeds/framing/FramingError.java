package org.sitrep.ingest.feeds.framing;

import java.util.Map;
import java.util.Optional;
import org.sitrep.core.parse.RawRecord;

/**
 * How a record source reports input that is not a record at all (an unclosed quote running to the end of the
 * file, a line past the size limit, broken JSON): as a record carrying the reason under a reserved field, which
 * the feed's parser turns into a {@code bad-framing} reject. Nothing is thrown and nothing is lost silently.
 */
public final class FramingError {

    /** The reserved field; no feed has a column of that name. */
    public static final String FIELD = "_framing_error";

    private FramingError() {}

    public static RawRecord record(long line, String text, String detail) {
        return new RawRecord(line, text, Map.of(FIELD, detail));
    }

    public static Optional<String> of(RawRecord record) {
        return Optional.ofNullable(record.fields().get(FIELD));
    }
}
