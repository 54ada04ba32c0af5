package org.sitrep.ingest.feeds.shadowserver;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One report type of Shadowserver's schema.
 *
 * @param key the report's key in the schema ({@code event_sinkhole_http})
 * @param fileName the report type as file names carry it ({@code event4_sinkhole_http})
 * @param feedName the feed name IntelMQ gives its events ({@code Sinkhole-Events-HTTP IPv4})
 * @param constants fields every event of the report has: its classification, often its protocol
 * @param required rules for the columns every row must have
 * @param optional rules for the columns a row may have
 */
record ReportSchema(
        String key,
        String fileName,
        String feedName,
        Map<String, String> constants,
        List<FieldRule> required,
        List<FieldRule> optional) {

    ReportSchema {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(feedName, "feedName");
        constants = Map.copyOf(constants);
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** Every column the schema names for this report, required first, in schema order. */
    Set<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        required.forEach(rule -> columns.add(rule.column()));
        optional.forEach(rule -> columns.add(rule.column()));
        return columns;
    }

    /** The required columns a header lacks, in schema order. */
    List<String> missingColumns(Set<String> header) {
        return required.stream()
                .map(FieldRule::column)
                .distinct()
                .filter(column -> !header.contains(column))
                .toList();
    }
}
