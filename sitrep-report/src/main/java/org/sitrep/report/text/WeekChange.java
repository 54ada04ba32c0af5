package org.sitrep.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The week-over-week change of a count, computed from unrounded counts as {@code (this − last) / last × 100} and
 * rounded half-up to one decimal. Undefined when last week was zero: the bulletin then leaves the clause out.
 */
public sealed interface WeekChange {

    /** A rise by {@code percent} (absolute value, one decimal). */
    record Rise(BigDecimal percent) implements WeekChange {}

    /** A fall by {@code percent} (absolute value, one decimal). */
    record Fall(BigDecimal percent) implements WeekChange {}

    /** Exactly the same count as last week. */
    record Unchanged() implements WeekChange {}

    /** Last week was zero: no percentage exists. */
    record Undefined() implements WeekChange {}

    static WeekChange of(long thisWeek, long lastWeek) {
        if (lastWeek == 0) {
            return new Undefined();
        }
        if (thisWeek == lastWeek) {
            return new Unchanged();
        }
        BigDecimal percent = BigDecimal.valueOf(Math.abs(thisWeek - lastWeek))
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(lastWeek), 1, RoundingMode.HALF_UP);
        return thisWeek > lastWeek ? new Rise(percent) : new Fall(percent);
    }
}
