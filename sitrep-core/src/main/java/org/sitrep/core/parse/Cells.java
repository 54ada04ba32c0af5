package org.sitrep.core.parse;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads CSV cells by column name; blank cells and the literal {@code None} (abuse.ch) are missing. */
public final class Cells {

    private Cells() {}

    /** The trimmed value, or {@code null} when the cell is absent, blank, {@code None} or {@code null}. */
    public static @Nullable String optional(Map<String, String> cells, String column) {
        return present(cells.get(column));
    }

    public static String required(Map<String, String> cells, String column) {
        String value = optional(cells, column);
        if (value == null) {
            throw BadField.missing(column);
        }
        return value;
    }

    /** The first present value among alternative column names (header revisions). */
    public static @Nullable String firstOf(Map<String, String> cells, String... columns) {
        for (String column : columns) {
            String value = optional(cells, column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Trimmed text, or {@code null} for blank, {@code None} and {@code null}. */
    public static @Nullable String present(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.equalsIgnoreCase("none") || text.equalsIgnoreCase("null") ? null : text;
    }
}
