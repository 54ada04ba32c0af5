package org.sitrep.ingest.feeds.fields;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.framing.FramingError;

/**
 * The common outer shell of every feed parser: framing errors and over-long fields become rejects before the
 * mapper runs, a {@link BadField} from the mapper becomes its reject, and anything else the mapper throws on
 * hostile input (a value a core record refuses) becomes a {@code bad-record} reject instead of an exception.
 */
public final class RecordGuard {

    /** Longest cell or JSON record a parser accepts; real URLs and hashes are far shorter. */
    public static final int MAX_FIELD_CHARS = 64 * 1024;

    private RecordGuard() {}

    public static ParseOutcome parse(RawRecord record, Function<RawRecord, ParseOutcome> mapper) {
        var framing = FramingError.of(record);
        if (framing.isPresent()) {
            return ParseOutcome.reject(null, "bad-framing", framing.get());
        }
        for (Map.Entry<String, String> cell : record.fields().entrySet()) {
            if (cell.getValue() != null && cell.getValue().length() > MAX_FIELD_CHARS) {
                return tooLong(cell.getKey(), cell.getValue().length());
            }
        }
        if (record.text().length() > 16 * MAX_FIELD_CHARS) {
            return tooLong(null, record.text().length());
        }
        try {
            return mapper.apply(record);
        } catch (BadField e) {
            return e.toRejected();
        } catch (RuntimeException e) {
            return ParseOutcome.reject(null, "bad-record", "unusable record: " + e.getMessage());
        }
    }

    private static ParseOutcome tooLong(@Nullable String field, int length) {
        return ParseOutcome.reject(field, "field-too-long", "value of " + length + " characters is past the limit");
    }
}
