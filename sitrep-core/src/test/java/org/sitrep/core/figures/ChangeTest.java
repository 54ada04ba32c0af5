package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void computesThePercentageFromUnroundedValues() {
        // (3 − 2) / 2 × 100 = 50; (1 − 3) / 3 × 100 = −66.66…
        assertThat(Change.between(3L, 2L)).isEqualTo(new Change(Change.Trend.UP, 50.0, null));
        assertThat(Change.between(1L, 3L).percent()).isCloseTo(-66.6667, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Change.between(1L, 3L).trend()).isEqualTo(Change.Trend.DOWN);
        // shares: 37.5 % after 50 % → (37.5 − 50) / 50 × 100 = −25
        assertThat(Change.between(37.5, 50.0).percent()).isEqualTo(-25.0);
    }

    @Test
    void isZeroAndUnchangedForEqualWeeks() {
        assertThat(Change.between(7L, 7L)).isEqualTo(new Change(Change.Trend.UNCHANGED, 0.0, null));
    }

    @Test
    void isUndefinedNotInfiniteWhenLastWeekIsZero() {
        Change rise = Change.between(5L, 0L);
        assertThat(rise.percent()).isNull();
        assertThat(rise.reason()).isEqualTo(Change.LAST_WEEK_ZERO);
        assertThat(rise.trend()).isEqualTo(Change.Trend.UP);
        assertThat(Change.between(0L, 0L).trend()).isEqualTo(Change.Trend.UNCHANGED);
        assertThat(Change.between(0L, 0L).percent()).isNull();
    }

    @Test
    void isUndefinedWhenAValueIsMissing() {
        assertThat(Change.between(null, 50.0)).isEqualTo(new Change(Change.Trend.UNDEFINED, null, Change.NO_VALUE));
        assertThat(Change.between(50.0, null).percent()).isNull();
    }

    @Test
    void rejectsAnInfinitePercentageOrAMissingReason() {
        assertThatThrownBy(() -> new Change(Change.Trend.UP, Double.POSITIVE_INFINITY, null))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new Change(Change.Trend.UP, null, null)).hasMessageContaining("reason");
    }
}
