package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

class CalibrationTest {

    private static final IsoWeek FROM = new IsoWeek(2024, 1);
    private static final IsoWeek TO = new IsoWeek(2024, 26);

    private static Calibration.WeekValues week(int n, long infected, long defaced) {
        Map<Headline, Long> values = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            values.put(indicator, 0L);
        }
        values.put(Headline.INFECTED_HOSTS, infected);
        values.put(Headline.DEFACED, defaced);
        return new Calibration.WeekValues(new IsoWeek(2024, n), values);
    }

    @Test
    void takesEachIndicatorsMedianOverTheWeeksWithData() {
        // infected 480000, 520000, 500000, 610000 → median (500000 + 520000) / 2 = 510000;
        // defaced 1, 2, 4, 7 → (2 + 4) / 2 = 3; defaced 1, 2, 3, 4 would give 2.5
        Calibration calibration = Calibration.of(
                FROM, TO, List.of(week(1, 480_000, 1), week(2, 520_000, 7), week(5, 500_000, 2), week(9, 610_000, 4)));

        assertThat(calibration.weeks()).hasSize(4);
        assertThat(calibration.referenceValues().get(Headline.INFECTED_HOSTS)).isEqualTo(510_000.0);
        assertThat(calibration.referenceValues().get(Headline.DEFACED)).isEqualTo(3.0);
        assertThat(calibration.yaml())
                .isEqualTo("rating:\n  reference_values:\n    infected_hosts: 510000\n    defaced: 3\n"
                        + "    defaced_gov: 0\n    backdoored: 0\n    backdoored_gov: 0\n    phishing_pages: 0\n"
                        + "    new_vulnerabilities: 0\n    high_vulnerabilities: 0\n");
    }

    @Test
    void writesAMedianBetweenTwoCountsWithItsHalf() {
        Calibration calibration = Calibration.of(FROM, TO, List.of(week(1, 1, 1), week(2, 2, 2)));

        assertThat(calibration.yaml()).contains("infected_hosts: 1.5\n");
    }

    @Test
    void refusesAPeriodWithoutData() {
        assertThatThrownBy(() -> Calibration.of(FROM, TO, List.of()))
                .hasMessage("no week of 2024-W01..2024-W26 has data in the store; calibrate over weeks that were"
                        + " ingested");
    }
}
