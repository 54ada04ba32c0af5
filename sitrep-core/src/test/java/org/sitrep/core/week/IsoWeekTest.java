package org.sitrep.core.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsoWeekTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @CsvSource({
        "2024-11-04, 2024, 45",
        "2024-11-10, 2024, 45",
        "2020-12-28, 2020, 53",
        "2021-01-03, 2020, 53",
        "2019-12-30, 2020, 1",
        "2020-01-05, 2020, 1",
        "2018-02-05, 2018, 6",
    })
    void numbersIssuesByIsoWeekOfTheMonday(LocalDate date, int year, int week) {
        assertThat(IsoWeek.of(date)).isEqualTo(new IsoWeek(year, week));
    }

    @Test
    void mondayAndSundayOfWeek() {
        IsoWeek week = new IsoWeek(2020, 53);
        assertThat(week.monday()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThat(new IsoWeek(2020, 1).monday()).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void eventAtSundayEveningUtcIsMondayInShanghaiAndBelongsToTheNextWeek() {
        Instant mondayHalfPastMidnightInShanghai = Instant.parse("2024-11-10T16:30:00Z");
        assertThat(IsoWeek.containing(mondayHalfPastMidnightInShanghai, SHANGHAI))
                .isEqualTo(new IsoWeek(2024, 46));
        assertThat(IsoWeek.containing(mondayHalfPastMidnightInShanghai, ZoneId.of("UTC")))
                .isEqualTo(new IsoWeek(2024, 45));
    }

    @Test
    void weekRunsFromMondayMidnightToNextMondayMidnightInTheZone() {
        IsoWeek week = new IsoWeek(2024, 45);
        assertThat(week.start(SHANGHAI)).isEqualTo(Instant.parse("2024-11-03T16:00:00Z"));
        assertThat(week.end(SHANGHAI)).isEqualTo(Instant.parse("2024-11-10T16:00:00Z"));
    }

    @Test
    void stepsAcrossYearEnds() {
        assertThat(new IsoWeek(2020, 53).next()).isEqualTo(new IsoWeek(2021, 1));
        assertThat(new IsoWeek(2021, 1).previous()).isEqualTo(new IsoWeek(2020, 53));
        assertThat(new IsoWeek(2025, 1).minusWeeks(12)).isEqualTo(new IsoWeek(2024, 41));
    }

    @Test
    void parsesAndPrintsTheCommandLineForm() {
        assertThat(IsoWeek.parse("2024-W45")).isEqualTo(new IsoWeek(2024, 45));
        assertThat(IsoWeek.parse("2024w5")).isEqualTo(new IsoWeek(2024, 5));
        assertThat(new IsoWeek(2024, 5)).hasToString("2024-W05");
        assertThatThrownBy(() -> IsoWeek.parse("2024-45")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void rejectsAWeekTheYearDoesNotHave() {
        assertThat(IsoWeek.weeksIn(2020)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2024)).isEqualTo(52);
        assertThatThrownBy(() -> new IsoWeek(2024, 53)).hasMessageContaining("has 52 weeks");
    }

    @Test
    void latestCompleteWeekIsTheOneBeforeNow() {
        assertThat(IsoWeek.latestComplete(Instant.parse("2026-11-29T14:00:00Z"), SHANGHAI))
                .isEqualTo(new IsoWeek(2026, 47));
        // Sunday 16:30 UTC is already Monday of week 49 in Shanghai, so week 48 is complete.
        assertThat(IsoWeek.latestComplete(Instant.parse("2026-11-29T16:30:00Z"), SHANGHAI))
                .isEqualTo(new IsoWeek(2026, 48));
    }
}
