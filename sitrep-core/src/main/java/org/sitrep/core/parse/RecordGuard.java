package org.sitrep.core.parse;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one outer shell of every feed parser: a framing error and an over-long field become rejects before the
 * feed's mapping runs, a {@link BadField} from the mapping becomes its reject, and anything else the mapping throws
 * on hostile input (a value a core record refuses) becomes a {@link RejectCode#BAD_RECORD} reject instead of an
 * exception. A feed's {@link FeedFormat#parser} returns its mapping {@linkplain #around wrapped} in it.
 */
public final class RecordGuard implements RecordParser {

    /** Longest cell a parser accepts; real URLs and hashes are far shorter. */
    public static final int MAX_FIELD_CHARS = 64 * 1024;

    /** Longest record text a parser accepts (a JSON line, a CSV row, an XML entry). */
    public static final int MAX_RECORD_CHARS = 16 * MAX_FIELD_CHARS;

    private final RecordParser mapping;

    private RecordGuard(RecordParser mapping) {
        this.mapping = mapping;
    }

    /** The mapping behind the guard; a parser that already is a guard is returned as it is. */
    public static RecordParser around(RecordParser mapping) {
        return mapping instanceof RecordGuard guard ? guard : new RecordGuard(mapping);
    }

    /** Parses the record with the mapping behind the guard (for a parser class that guards itself). */
    public static ParseOutcome parse(RawRecord record, RecordParser mapping) {
        return new RecordGuard(mapping).parse(record);
    }

    /** Whether the parser is behind the guard. */
    public static boolean guards(RecordParser parser) {
        return parser instanceof RecordGuard;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        FramingError framing = record.framingError();
        if (framing != null) {
            return new ParseOutcome.Rejected(null, RejectCode.BAD_FRAMING, framing.detail());
        }
        for (Map.Entry<String, String> cell : record.fields().entrySet()) {
            if (cell.getValue() != null && cell.getValue().length() > MAX_FIELD_CHARS) {
                return tooLong(cell.getKey(), cell.getValue().length());
            }
        }
        if (record.text().length() > MAX_RECORD_CHARS) {
            return tooLong(null, record.text().length());
        }
        try {
            return mapping.parse(record);
        } catch (BadField e) {
            return e.toRejected();
        } catch (RuntimeException e) {
            return new ParseOutcome.Rejected(null, RejectCode.BAD_RECORD, "unusable record: " + e.getMessage());
        }
    }

    private static ParseOutcome tooLong(@Nullable String field, int length) {
        return new ParseOutcome.Rejected(
                field, RejectCode.FIELD_TOO_LONG, "value of " + length + " characters is past the limit");
    }
}
