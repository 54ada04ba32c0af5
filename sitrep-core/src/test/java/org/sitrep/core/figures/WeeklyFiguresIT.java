package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.figures.FigureStore.IN_W45;
import static org.sitrep.core.figures.FigureStore.W45;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.week.IsoWeek;

class WeeklyFiguresIT {

    private FigureStore store;

    @BeforeEach
    void open() throws Exception {
        store = new FigureStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void anEmptyWeekHasEveryFigureAtZeroAndNoChange() {
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.hasData()).isFalse();
        assertThat(figures.figures())
                .extracting(Figure::id)
                .containsExactly(java.util.Arrays.stream(FigureId.values())
                        .map(FigureId::id)
                        .toArray(String[]::new));
        for (Figure figure : figures.figures()) {
            if (figure.unit() == Unit.PERCENT || figure.unit() == Unit.RATIO) {
                // nothing to take a share of
                assertThat(figure.thisWeek()).as(figure.id()).isNull();
            } else {
                assertThat(figure.thisWeek()).as(figure.id()).isEqualTo(0L);
            }
            assertThat(figure.change().percent()).as(figure.id()).isNull();
            assertThat(figure.change().reason()).as(figure.id()).isNotNull();
        }
        assertThat(figures.distributions()).hasSize(DistributionId.values().length);
        assertThat(figures.newMalware().names()).isEmpty();
        assertThat(figures.topVulnerabilities()).isEmpty();
    }

    @Test
    void boundsTheWeekByMondayMidnightInShanghai() {
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.start()).isEqualTo(Instant.parse("2024-11-03T16:00:00Z"));
        assertThat(figures.end()).isEqualTo(Instant.parse("2024-11-10T16:00:00Z"));
        assertThat(figures.zone()).isEqualTo("Asia/Shanghai");
        assertThat(figures.homeCountry()).isEqualTo("CN");
    }

    @Test
    void listsTheEightHeadlineIndicatorsInTheBulletinsOrder() throws Exception {
        // W45: 2 infected hosts, 1 defaced gov site, 1 phishing page, 1 high vulnerability
        store.event("infected", IN_W45).ip("198.51.100.1").family("mirai").insert();
        store.event("infected", IN_W45).ip("198.51.100.2").family("mirai").insert();
        store.event("defacement", IN_W45)
                .site("www.example.gov.cn")
                .government()
                .insert();
        store.event("phishing", IN_W45)
                .url("http://example.net/p")
                .ip("203.0.113.1")
                .target(true, "bank")
                .insert();
        store.vulnerability("CVE-2024-0001", "2024-11-05", "high", 7.5, "application", false, true, false);
        // W44: 1 infected host
        store.event("infected", FigureStore.IN_W44)
                .ip("198.51.100.1")
                .family("mirai")
                .insert();
        List<HeadlineIndicator> headline = store.engine().compute(W45).headline();
        assertThat(headline)
                .extracting(HeadlineIndicator::id)
                .containsExactly(
                        "infected_hosts",
                        "defaced",
                        "defaced_gov",
                        "backdoored",
                        "backdoored_gov",
                        "phishing_pages",
                        "new_vulnerabilities",
                        "high_vulnerabilities");
        assertThat(headline).extracting(HeadlineIndicator::thisWeek).containsExactly(2L, 1L, 1L, 0L, 0L, 1L, 1L, 1L);
        assertThat(headline).extracting(HeadlineIndicator::lastWeek).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        // infected (2 − 1) / 1 = +100 %
        assertThat(headline.getFirst().change().percent()).isEqualTo(100.0);
        assertThat(headline.get(1).change().percent()).isNull();
    }

    @Test
    void givesTheTwelveWeeksBeforeAWeekForTheBaseline() throws Exception {
        // two infected hosts in W33 (W45 − 12), one in W34 (W45 − 11), three in W45
        store.event("infected", "2024-08-20 10:00:00").ip("198.51.100.1").insert(); // W34
        store.event("infected", "2024-08-13 10:00:00").ip("198.51.100.1").insert(); // W33
        store.event("infected", "2024-08-13 10:00:00").ip("198.51.100.2").insert(); // W33
        for (int i = 1; i <= 3; i++) {
            store.event("infected", IN_W45).ip("198.51.100." + i).insert();
        }
        List<WeekValue> history = store.engine().headlineHistory(W45, Headline.INFECTED_HOSTS);
        // the 12 weeks before W45 are W33 … W44, oldest first
        assertThat(history).extracting(WeekValue::week).containsExactly(weeks(33, 44));
        assertThat(history.getFirst()).isEqualTo(new WeekValue(new IsoWeek(2024, 33), 2, true));
        assertThat(history.get(1)).isEqualTo(new WeekValue(new IsoWeek(2024, 34), 1, true));
        assertThat(history.get(2)).isEqualTo(new WeekValue(new IsoWeek(2024, 35), 0, false));
        Map<Headline, List<WeekValue>> all = store.engine().headlineHistory(W45);
        assertThat(all.get(Headline.INFECTED_HOSTS)).isEqualTo(history);
        assertThat(all.get(Headline.DEFACED)).extracting(WeekValue::value).containsOnly(0L);
        // the result carries the same history with each indicator
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.headline(Headline.INFECTED_HOSTS).previousWeeks()).isEqualTo(history);
    }

    @Test
    void chartsTwelveWeeksEndingWithTheWeek() throws Exception {
        store.event("infected", "2024-08-13 10:00:00")
                .ip("198.51.100.1")
                .family("conficker")
                .insert(); // W33
        store.event("infected", "2024-08-20 10:00:00")
                .ip("198.51.100.1")
                .family("conficker")
                .insert(); // W34
        store.event("infected", IN_W45).ip("198.51.100.1").family("conficker").insert();
        store.event("infected", IN_W45).ip("198.51.100.2").family("mirai").insert();
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.series())
                .extracting(Series::id)
                .containsExactly(FigureEngine.SERIES.stream().map(FigureId::id).toArray(String[]::new));
        Series worms = figures.series(FigureId.MALWARE_INFECTED_WORM);
        // W34 … W45: W34 → 1, W35 … W44 → 0, W45 → 1 (W33 is outside the 12 weeks)
        assertThat(worms.points()).extracting(WeekValue::week).containsExactly(weeks(34, 45));
        assertThat(worms.points())
                .extracting(WeekValue::value)
                .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertThat(figures.series(FigureId.MALWARE_INFECTED_TROJAN_BOT)
                        .points()
                        .getLast()
                        .value())
                .isEqualTo(1L);
    }

    @Test
    void saysWhetherAWeekHasData() throws Exception {
        // Sunday 16:00Z is Monday 00:00 of W45 in Shanghai
        store.event("infected", "2024-11-03 16:00:00").ip("198.51.100.1").insert();
        store.vulnerability("CVE-2024-0001", "2024-10-21", "low", 1.0, "application", false, false, false); // W43
        store.caseRow(
                "C1",
                "other",
                null,
                "2024-09-02 01:00:00",
                null,
                false,
                "none",
                "resolved",
                "2024-09-10 01:00:00",
                null); // reported W36, closed W37
        FigureEngine engine = store.engine();
        assertThat(engine.hasData(W45)).isTrue();
        assertThat(engine.hasData(new IsoWeek(2024, 44))).isFalse();
        assertThat(engine.hasData(new IsoWeek(2024, 43))).isTrue();
        assertThat(engine.hasData(new IsoWeek(2024, 36))).isTrue();
        assertThat(engine.hasData(new IsoWeek(2024, 37))).isTrue();
        assertThat(engine.hasData(new IsoWeek(2024, 38))).isFalse();
        assertThat(engine.compute(W45).previousWeekHasData()).isFalse();
    }

    private static IsoWeek[] weeks(int first, int last) {
        return java.util.stream.IntStream.rangeClosed(first, last)
                .mapToObj(week -> new IsoWeek(2024, week))
                .toArray(IsoWeek[]::new);
    }
}
