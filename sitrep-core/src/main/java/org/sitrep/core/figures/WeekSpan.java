package org.sitrep.core.figures;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * The 13 weeks a bulletin's figures read at once: the 12 of the series ending with the week and the one before them
 * (the first headline baseline week). Statements over the span bucket rows with a CASE over the week bounds
 * {@code week_0 .. week_13} (UTC timestamps of Monday 00:00 in the zone) or {@code day_0 .. day_13} (the Mondays,
 * for publication dates), so that one grouped scan replaces a statement per week. The last two weeks are also
 * bound as {@code previous_start}, {@code start}, {@code end} for statements over this week and last week.
 */
record WeekSpan(List<WeekWindow> weeks) {

    /** How many weeks a span holds. */
    static final int WEEKS = FigureEngine.SERIES_WEEKS + 1;

    WeekSpan {
        weeks = List.copyOf(weeks);
        if (weeks.size() != WEEKS) {
            throw new IllegalArgumentException("a span holds " + WEEKS + " weeks, not " + weeks.size());
        }
    }

    static WeekSpan ending(IsoWeek last, ZoneId zone) {
        List<WeekWindow> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            weeks.add(WeekWindow.of(last.minusWeeks(back), zone));
        }
        return new WeekSpan(weeks);
    }

    /** The week at {@code index}, 0 the oldest. */
    WeekWindow week(int index) {
        return weeks.get(index);
    }

    /** The week a two-week statement calls {@code week_index}: 0 the week before the last, 1 the last. */
    WeekWindow lastTwo(int weekIndex) {
        return weeks.get(WEEKS - 2 + weekIndex);
    }

    WeekWindow last() {
        return weeks.getLast();
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            parameters.put("week_" + i, utc(weeks.get(i).start()));
            parameters.put("day_" + i, weeks.get(i).firstDay());
        }
        parameters.put("week_" + WEEKS, utc(last().end()));
        parameters.put("day_" + WEEKS, last().nextFirstDay());
        parameters.put("previous_start", utc(lastTwo(0).start()));
        parameters.put("start", utc(last().start()));
        parameters.put("end", utc(last().end()));
        return parameters;
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return UtcColumns.value(instant);
    }
}
