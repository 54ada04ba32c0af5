package org.sitrep.ingest.feeds.shadowserver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RejectCode;

/**
 * A report's rules laid onto one header: each rule's column as a position in the row, its {@code extra} key, and
 * the required columns the header lacks. Worked out once per file, as every row of a file has the same columns.
 */
final class HeaderRules {

    /** A field rule with its column's position in the row ({@code -1} when the header lacks it). */
    record Placed(FieldRule rule, int position, @Nullable String extraKey) {}

    private final ReportSchema report;
    /** The header's names in row order, as the rows' keys carry them. */
    private final String[] names;

    private final List<Placed> required;
    private final List<Placed> optional;
    private final @Nullable ParseOutcome problem;

    private HeaderRules(ReportSchema report, String[] names) {
        this.report = report;
        this.names = names;
        Map<String, Integer> positions = HashMap.newHashMap(names.length);
        for (int i = 0; i < names.length; i++) {
            positions.putIfAbsent(names[i], i);
        }
        this.required = place(report.required(), positions);
        this.optional = place(report.optional(), positions);
        List<String> missing = report.missingColumns(positions.keySet());
        this.problem = missing.isEmpty()
                ? null
                : ParseOutcome.reject(
                        missing.get(0),
                        RejectCode.MISSING_FIELD,
                        "report " + report.fileName() + " requires the column" + (missing.size() > 1 ? "s " : " ")
                                + String.join(", ", missing) + ", which the header lacks");
    }

    /** The report's rules for the header of these cells (their keys, in order). */
    static HeaderRules of(ReportSchema report, Map<String, String> cells) {
        return new HeaderRules(report, cells.keySet().toArray(String[]::new));
    }

    private static List<Placed> place(List<FieldRule> rules, Map<String, Integer> positions) {
        List<Placed> placed = new ArrayList<>(rules.size());
        for (FieldRule rule : rules) {
            placed.add(new Placed(rule, positions.getOrDefault(rule.column(), -1), rule.extraKey()));
        }
        return List.copyOf(placed);
    }

    ReportSchema report() {
        return report;
    }

    List<Placed> required() {
        return required;
    }

    List<Placed> optional() {
        return optional;
    }

    /** Every row's rejection when the header lacks a required column (the first named), else {@code null}. */
    @Nullable
    ParseOutcome problem() {
        return problem;
    }

    /** The header's name at a position. */
    String name(int position) {
        return names[position];
    }

    int size() {
        return names.length;
    }

    /**
     * The row's cells by position, or {@code null} when its keys are not this header's. A row framed with this
     * header carries the very same key strings, so that the check is one comparison of references per cell.
     */
    String @Nullable [] values(Map<String, String> cells) {
        if (cells.size() != names.length) {
            return null;
        }
        String[] values = new String[names.length];
        Iterator<Map.Entry<String, String>> entries = cells.entrySet().iterator();
        for (int i = 0; i < names.length; i++) {
            Map.Entry<String, String> entry = entries.next();
            String key = entry.getKey();
            if (key != names[i] && !key.equals(names[i])) {
                return null;
            }
            values[i] = entry.getValue();
        }
        return values;
    }
}
