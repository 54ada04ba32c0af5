package org.sitrep.core.parse;

import java.util.Map;

/**
 * One record as framed by a format's reader, before parsing: a CSV row (its cells by header name), a JSON line,
 * an XML element or a JSON array entry (its text).
 *
 * @param line the 1-based line in the file where the record starts (for rejects)
 * @param text the record's text as read (kept as {@code raw} for audit)
 * @param fields for tabular formats the cells by column name, otherwise empty
 */
public record RawRecord(long line, String text, Map<String, String> fields) {
    public RawRecord {
        text = text == null ? "" : text;
        fields = fields == null ? Map.of() : fields;
    }

    public static RawRecord ofText(long line, String text) {
        return new RawRecord(line, text, Map.of());
    }
}
