package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureTest {

    private static Figure figure(Unit unit, Number thisWeek) {
        return new Figure(
                "malware.infected_hosts", Section.values()[0], unit, thisWeek, 1L, Change.between(thisWeek, 1L));
    }

    @Test
    void aCountIsACountWhetherComputedOrReadBackFromAFrozenIssue() {
        assertThat(figure(Unit.HOSTS, 23_000L).count()).isEqualTo(23_000L);
        // Jackson reads a small whole number of a frozen issue's JSON as an Integer
        assertThat(figure(Unit.HOSTS, 23_000).count()).isEqualTo(23_000L);
    }

    @Test
    void aShareOrRatioIsNotACount() {
        assertThatThrownBy(() -> figure(Unit.PERCENT, 12.5).count()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> figure(Unit.RATIO, 2).count()).isInstanceOf(IllegalStateException.class);
    }
}
