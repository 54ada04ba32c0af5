package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sitrep.core.week.IsoWeek;

class WeekClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final IsoWeek WEEK = IsoWeek.parse("2024-W45");

    @Test
    void mapsTheWholeRangeOntoTheWeekInOrder() {
        WeekClock clock = new WeekClock(WEEK.start(SHANGHAI), WEEK.end(SHANGHAI), SHANGHAI);
        // 2024-11-04 00:00 in Shanghai is 2024-11-03T16:00:00Z.
        long monday = Instant.parse("2024-11-03T16:00:00Z").getEpochSecond();
        assertThat(clock.time(0)).isEqualTo(monday);
        assertThat(clock.time(0.999_999_9)).isLessThan(monday + 7 * 86_400).isGreaterThan(monday + 7 * 86_400 - 60);
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < 10_000; i++) {
            long time = clock.time(i / 10_000.0);
            assertThat(time).isGreaterThanOrEqualTo(previous);
            previous = time;
        }
    }

    @Test
    void givesTheLocalMorningMoreActivityThanTheNightButLeavesNoHourEmpty() {
        WeekClock clock = new WeekClock(WEEK.start(SHANGHAI), WEEK.end(SHANGHAI), SHANGHAI);
        long monday = WEEK.start(SHANGHAI).getEpochSecond();
        int night = 0;
        int morning = 0;
        int firstHour = 0;
        for (int i = 0; i < 100_000; i++) {
            long second = clock.time(i / 100_000.0) - monday;
            int localHour = (int) (second / 3600 % 24);
            night += localHour == 3 ? 1 : 0;
            morning += localHour == 10 ? 1 : 0;
            firstHour += second < 3600 ? 1 : 0;
        }
        // Hourly weights 0.38 at 03:00 and 1.3 at 10:00: the morning has about 3.4 times the night's events.
        assertThat((double) morning / night).isBetween(3.0, 3.8);
        assertThat(firstHour).isPositive();
    }

    @Test
    void followsWeeksThatChangeDaylightSavingTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        IsoWeek autumn = IsoWeek.parse("2024-W43");
        WeekClock clock = new WeekClock(autumn.start(berlin), autumn.end(berlin), berlin);
        assertThat(clock.time(0.999_999_9)).isLessThan(autumn.end(berlin).getEpochSecond());
        assertThat(autumn.end(berlin).getEpochSecond() - autumn.start(berlin).getEpochSecond())
                .isEqualTo(169 * 3600L);
    }
}
