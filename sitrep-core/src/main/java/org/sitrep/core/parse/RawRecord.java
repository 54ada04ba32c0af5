package org.sitrep.core.parse;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One record as framed by a format's reader, before parsing: a CSV row (its cells by header name), a JSON line,
 * an XML element or a JSON array entry (its text) — or the place where the reader found no record at all.
 *
 * @param line the 1-based line in the file where the record starts (for rejects)
 * @param text the record's text as read (kept as {@code raw} for audit)
 * @param fields for tabular formats the cells by column name, otherwise empty
 * @param framingError why the input here is not one record, or {@code null} for a record
 */
public record RawRecord(
        long line,
        String text,
        Map<String, String> fields,
        @Nullable FramingError framingError) {
    public RawRecord {
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : fields;
    }

    public RawRecord(long line, String text, Map<String, String> fields) {
        this(line, text, fields, null);
    }

    public static RawRecord ofText(long line, String text) {
        return new RawRecord(line, text, Map.of(), null);
    }

    /** The input at that line is not one record, for the reason given. */
    public static RawRecord unframed(long line, String text, String detail) {
        return new RawRecord(line, text, Map.of(), new FramingError(detail));
    }

    /** Why the input here is not one record, if it is not. */
    public Optional<FramingError> framing() {
        return Optional.ofNullable(framingError);
    }
}
