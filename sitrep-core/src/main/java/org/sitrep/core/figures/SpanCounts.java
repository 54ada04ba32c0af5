package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The counts of every week of a {@link WeekSpan}, read with one grouped statement per figure group (infected hosts,
 * sites, phishing, vulnerabilities, records) instead of one statement per group and week. They feed the series, the
 * headline baselines and this week's and last week's counts.
 */
final class SpanCounts {

    private static final List<String> STATEMENTS = List.of(
            "series_infected_hosts", "series_sites", "series_phishing", "series_vulnerabilities", "series_records");

    private final WeekSpan span;
    private final Map<String, Map<Integer, Map<String, Long>>> byStatement;

    private SpanCounts(WeekSpan span, Map<String, Map<Integer, Map<String, Long>>> byStatement) {
        this.span = span;
        this.byStatement = byStatement;
    }

    static SpanCounts measure(FigureQueries queries, WeekSpan span) {
        Map<String, Map<Integer, Map<String, Long>>> byStatement = new java.util.HashMap<>();
        for (String statement : STATEMENTS) {
            byStatement.put(statement, queries.countsByWeek(statement, span));
        }
        return new SpanCounts(span, byStatement);
    }

    /** A column of a series statement in the week at {@code index} (0 the oldest); 0 where the week has no row. */
    long count(String statement, int index, String column) {
        Map<Integer, Map<String, Long>> weeks = byStatement.get(statement);
        if (weeks == null) {
            throw new IllegalArgumentException("not a series statement: " + statement);
        }
        return weeks.getOrDefault(index, Map.of()).getOrDefault(column, 0L);
    }

    /** As {@link #count(String, int, String)}, for the week a two-week statement calls {@code weekIndex}. */
    long lastTwo(String statement, int weekIndex, String column) {
        return count(statement, WeekSpan.WEEKS - 2 + weekIndex, column);
    }

    /** The core counts of every week of the span, oldest first. */
    List<CoreCounts> coreCounts() {
        List<CoreCounts> weeks = new ArrayList<>();
        for (int index = 0; index < WeekSpan.WEEKS; index++) {
            weeks.add(CoreCounts.of(this, index, span.week(index).week()));
        }
        return weeks;
    }
}
