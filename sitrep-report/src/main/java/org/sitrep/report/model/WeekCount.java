package org.sitrep.report.model;

/**
 * A count of this week next to the same count of the previous ISO week. The renderer derives the week-over-week
 * change from these unrounded numbers; a previous week of zero means the change is undefined and is not printed.
 */
public record WeekCount(long thisWeek, long lastWeek) {
    public WeekCount {
        Checks.count(thisWeek, "thisWeek");
        Checks.count(lastWeek, "lastWeek");
    }
}
