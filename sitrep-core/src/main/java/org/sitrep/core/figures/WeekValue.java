package org.sitrep.core.figures;

import org.sitrep.core.week.IsoWeek;

/**
 * A count in one week of a series. {@code hasData} says whether the store holds anything for that week, so that a
 * baseline can skip weeks before monitoring began rather than read them as zero.
 */
public record WeekValue(IsoWeek week, long value, boolean hasData) {
    public WeekValue {
        if (week == null) {
            throw new IllegalArgumentException("week is required");
        }
    }
}
