package org.sitrep.core.figures;

import org.jspecify.annotations.Nullable;

/**
 * Week-over-week change of a figure: {@code (this − last) / last × 100} from unrounded values. The percentage is
 * {@code null} — never infinite — when last week is 0 or either value is undefined; {@code reason} then says why.
 * The trend is known even when the percentage is not (0 → 5 is a rise).
 */
public record Change(
        Trend trend, @Nullable Double percent, @Nullable String reason) {

    public enum Trend {
        UP,
        DOWN,
        UNCHANGED,
        UNDEFINED
    }

    public static final String LAST_WEEK_ZERO = "last week is 0";
    public static final String NO_VALUE = "no value in one of the weeks";

    public Change {
        if (trend == null) {
            throw new IllegalArgumentException("trend is required");
        }
        if (percent == null && reason == null) {
            throw new IllegalArgumentException("reason is required when percent is undefined");
        }
        if (percent != null && !Double.isFinite(percent)) {
            throw new IllegalArgumentException("percent must be finite, was " + percent);
        }
    }

    public static Change between(@Nullable Number thisWeek, @Nullable Number lastWeek) {
        if (thisWeek == null || lastWeek == null) {
            return new Change(Trend.UNDEFINED, null, NO_VALUE);
        }
        double now = thisWeek.doubleValue();
        double before = lastWeek.doubleValue();
        Trend trend = now > before ? Trend.UP : now < before ? Trend.DOWN : Trend.UNCHANGED;
        if (before == 0) {
            return new Change(trend, null, LAST_WEEK_ZERO);
        }
        return new Change(trend, (now - before) / before * 100, null);
    }
}
