package org.sitrep.ingest.feeds.shadowserver;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field rule of a report in Shadowserver's schema: the IntelMQ field a column fills, and how the cell is
 * converted.
 *
 * @param target the IntelMQ field ({@code source.ip}); {@code extra.} alone means {@code extra.<column>}
 * @param column the report's column
 * @param conversion the conversion function, or {@code null} for the cell as it is
 */
record FieldRule(String target, String column, @Nullable Conversion conversion) {

    FieldRule {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(column, "column");
    }

    /** The extra key this rule fills, or {@code null} when its target is a harmonized field. */
    @Nullable
    String extraKey() {
        if (target.equals("extra.")) {
            return column;
        }
        return target.startsWith("extra.") ? target.substring("extra.".length()) : null;
    }
}
