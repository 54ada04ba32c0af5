package org.sitrep.core.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * One week as the queries see it: event and case times are compared with the UTC instants of Monday 00:00 in the
 * configured zone (this week's and the next's), vulnerability publication dates with the Monday and the next
 * Monday as dates.
 */
record WeekWindow(IsoWeek week, Instant start, Instant end) {

    static WeekWindow of(IsoWeek week, ZoneId zone) {
        return new WeekWindow(week, week.start(zone), week.end(zone));
    }

    LocalDate firstDay() {
        return week.monday();
    }

    LocalDate nextFirstDay() {
        return week.next().monday();
    }

    /** The parameters every figure statement may use; TIMESTAMP columns hold UTC, so they get UTC local times. */
    Map<String, Object> parameters() {
        return Map.of(
                "start", UtcColumns.value(start),
                "end", UtcColumns.value(end),
                "first_day", firstDay(),
                "next_first_day", nextFirstDay());
    }
}
