package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;

class AssessorTest {

    private static final RatingConfig DEFAULTS = RatingConfig.defaults();
    private static final double WEIGHT_SUM = 12; // 2+1+2+1+2+1+1+2, spec/rating.md step 4
    private final Assessor assessor = new Assessor(DEFAULTS);

    /**
     * With every pressure equal to p the weighted geometric mean is p itself. A baseline of 9 999 and a value of
     * (target × 10 000) − 1 make p = target exactly. Bands by spec/rating.md step 5.
     */
    @ParameterizedTest(name = "all pressures {0} ⇒ {1}")
    @CsvSource({
        "0.8499, EXCELLENT",
        "0.8501, GOOD",
        "1.1499, GOOD",
        "1.1501, FAIR",
        "1.4999, FAIR",
        "1.5001, POOR",
        "1.9999, POOR",
        "2.0001, CRITICAL"
    })
    void bandsAnIndexJustBelowAndAboveEachLimit(double target, Band expected) {
        long value = Math.round(target * 10_000) - 1;
        Assessment assessment = assessor.assess(Fixtures.flat(value, 9_999).build());

        assertThat(assessment.index()).isCloseTo(target, within(1e-9));
        assertThat(assessment.indexBand()).isEqualTo(expected);
        assertThat(assessment.computedBand()).isEqualTo(expected);
        assertThat(assessment.finalBand()).isEqualTo(expected);
    }

    /**
     * Only infected hosts (weight 2 of 12) moves, so index = p^(2/12) and p = target^6. With a baseline of 999 999,
     * the value (target^6 × 10^6) − 1 rounded to a whole count moves the index by far less than 0.0001.
     */
    @ParameterizedTest(name = "infected hosts alone, index {0} ⇒ {1}")
    @CsvSource({
        "0.8499, EXCELLENT",
        "0.8501, GOOD",
        "1.1499, GOOD",
        "1.1501, FAIR",
        "1.4999, FAIR",
        "1.5001, POOR",
        "1.9999, POOR",
        "2.0001, CRITICAL"
    })
    void bandsAnIndexCarriedByOneWeightedIndicator(double target, Band expected) {
        long value = Math.round(Math.pow(target, 6) * 1_000_000) - 1;
        Assessment assessment = assessor.assess(Fixtures.flat(999_999, 999_999)
                .value(Headline.INFECTED_HOSTS, value)
                .build());

        assertThat(assessment.index()).isCloseTo(target, within(2e-6));
        assertThat(assessment.indexBand()).isEqualTo(expected);
    }

    static Stream<Arguments> floors() {
        // index 1.0 (all flat) is 良; index 2.5 is 危. Floors: 一般 none, 较大 中, 重大 差, 特别重大 危.
        return Stream.of(
                Arguments.of(1.0, null, null, Band.GOOD),
                Arguments.of(1.0, Grade.GENERAL, null, Band.GOOD),
                Arguments.of(1.0, Grade.LARGE, Band.FAIR, Band.FAIR),
                Arguments.of(1.0, Grade.MAJOR, Band.POOR, Band.POOR),
                Arguments.of(1.0, Grade.EXTRAORDINARY, Band.CRITICAL, Band.CRITICAL),
                Arguments.of(2.5, Grade.LARGE, Band.FAIR, Band.CRITICAL),
                Arguments.of(2.5, Grade.MAJOR, Band.POOR, Band.CRITICAL),
                Arguments.of(0.5, Grade.GENERAL, null, Band.EXCELLENT),
                Arguments.of(0.5, Grade.MAJOR, Band.POOR, Band.POOR));
    }

    @ParameterizedTest(name = "index {0}, worst case {1} ⇒ floor {2}, band {3}")
    @MethodSource("floors")
    void raisesTheBandToTheFloorOfTheWorstGradedCaseButNeverLowersIt(
            double pressure, Grade worst, Band floor, Band expected) {
        long value = Math.round(pressure * 10) - 1; // baseline 9 ⇒ p = (value + 1) / 10
        Assessment assessment =
                assessor.assess(Fixtures.flat(value, 9).worstCase(worst).build());

        assertThat(assessment.worstCaseGrade()).isEqualTo(worst);
        assertThat(assessment.floor()).isEqualTo(floor);
        assertThat(assessment.computedBand()).isEqualTo(expected);
        assertThat(assessment.finalBand()).isEqualTo(expected);
    }

    @Test
    void fallsBackToTheReferenceValueWithFewerThanFourPreviousWeeks() {
        // Defaced: three previous weeks at 10 ⇒ reference 1 500 stands in; value 2 999 ⇒ p = 3 000 / 1 501.
        Assessment assessment = assessor.assess(Fixtures.flat(10, 10)
                .history(Headline.DEFACED, List.of(10L, 10L, 10L))
                .value(Headline.DEFACED, 2_999)
                .build());

        IndicatorAssessment defaced = assessment.indicator(Headline.DEFACED);
        assertThat(defaced.baselineSource()).isEqualTo(BaselineSource.REFERENCE);
        assertThat(defaced.weeksOfData()).isEqualTo(3);
        assertThat(defaced.baseline()).isEqualTo(1_500.0);
        assertThat(defaced.pressure()).isCloseTo(3_000.0 / 1_501.0, within(1e-12));
        assertThat(assessment.usesReferenceValues()).isTrue();
        assertThat(assessment.indicator(Headline.PHISHING_PAGES).baselineSource())
                .isEqualTo(BaselineSource.MEDIAN);
        // index = p^(1/12): 1.9987^(1/12) ≈ 1.0594 ⇒ 良
        assertThat(assessment.index()).isCloseTo(Math.pow(3_000.0 / 1_501.0, 1 / WEIGHT_SUM), within(1e-12));
        assertThat(assessment.indexBand()).isEqualTo(Band.GOOD);
    }

    @Test
    void takesTheMedianOfTheNewestTwelveWeeksWithFourOrMore() {
        // 13 weeks newest first; the 13th (1 000) lies outside the window. Sorted first twelve: 1..12 ⇒ (6+7)/2.
        List<Long> weeks = List.of(12L, 1L, 11L, 2L, 10L, 3L, 9L, 4L, 8L, 5L, 7L, 6L, 1_000L);
        Assessment assessment = assessor.assess(
                Fixtures.flat(6, 6).history(Headline.PHISHING_PAGES, weeks).build());

        IndicatorAssessment phishing = assessment.indicator(Headline.PHISHING_PAGES);
        assertThat(phishing.baseline()).isEqualTo(6.5);
        assertThat(phishing.weeksOfData()).isEqualTo(12);
        assertThat(phishing.pressure()).isEqualTo(7 / 7.5);
        assertThat(assessor.assess(Fixtures.flat(6, 6)
                                .history(Headline.PHISHING_PAGES, List.of(3L, 9L, 1L, 100L))
                                .build())
                        .indicator(Headline.PHISHING_PAGES)
                        .baseline())
                .isEqualTo(6.0);
    }

    @Test
    void ratesAWeekWithOneIndicatorFarOut() {
        // Government sites defaced: 4 weeks at 2, this week 29 ⇒ p = 30/3 = 10, weight 2 of 12; all else flat.
        // index = 10^(2/12) = 1.4678 ⇒ 中 (≤ 1.50)
        Assessment assessment = assessor.assess(
                Fixtures.flat(2, 2).value(Headline.DEFACED_GOV, 29).build());

        assertThat(assessment.indicator(Headline.DEFACED_GOV).pressure()).isEqualTo(10.0);
        assertThat(assessment.index()).isCloseTo(Math.pow(10, 2 / WEIGHT_SUM), within(1e-12));
        assertThat(assessment.indexBand()).isEqualTo(Band.FAIR);
        assertThat(assessment.mainThreats().getFirst()).isEqualTo(ThreatArea.WEBSITE_ATTACKS);
    }

    @Test
    void contributionsReproduceTheIndex() {
        // Pressures by hand with baseline 9 (p = (v + 1) / 10): 2, 0.5, 3, 1, 1.5, 0.8, 1.2, 4.
        Assessment assessment = assessor.assess(Fixtures.flat(9, 9)
                .value(Headline.INFECTED_HOSTS, 19)
                .value(Headline.DEFACED, 4)
                .value(Headline.DEFACED_GOV, 29)
                .value(Headline.BACKDOORED, 9)
                .value(Headline.BACKDOORED_GOV, 14)
                .value(Headline.PHISHING_PAGES, 7)
                .value(Headline.NEW_VULNERABILITIES, 11)
                .value(Headline.HIGH_VULNERABILITIES, 39)
                .build());
        double weightedGeometricMean = Math.pow(
                Math.pow(2, 2) * 0.5 * Math.pow(3, 2) * 1 * Math.pow(1.5, 2) * 0.8 * 1.2 * Math.pow(4, 2),
                1 / WEIGHT_SUM);

        assertThat(assessment.index()).isCloseTo(weightedGeometricMean, within(1e-12));
        double sum = assessment.indicators().stream()
                .mapToDouble(IndicatorAssessment::contribution)
                .sum();
        assertThat(Math.exp(sum)).isCloseTo(assessment.index(), within(1e-12));
        assertThat(assessment.indicator(Headline.DEFACED).contribution())
                .isCloseTo(Math.log(0.5) / WEIGHT_SUM, within(1e-15));
        assertThat(assessment.indicator(Headline.HIGH_VULNERABILITIES).contribution())
                .isCloseTo(2 * Math.log(4) / WEIGHT_SUM, within(1e-15));
    }

    @Test
    void ordersTheMainThreatsByTheirContributions() {
        // Baseline 99 ⇒ p = (v + 1) / 100. Infected p 2 (2·ln2/12 = 0.1155), defaced p 3 (ln3/12 = 0.0916),
        // phishing p 5 (ln5/12 = 0.1341), high vulnerabilities p 1 (0); DoS: 6 cases against reference 0 ⇒
        // p 7, weight 1 (ln7/12 = 0.1622). Order: DoS, phishing, malicious code, website attacks, vulnerabilities.
        Assessment assessment = assessor.assess(Fixtures.flat(99, 99)
                .value(Headline.INFECTED_HOSTS, 199)
                .value(Headline.DEFACED, 299)
                .value(Headline.PHISHING_PAGES, 499)
                .dosCases(6, List.of())
                .build());

        assertThat(assessment.threats())
                .extracting(ThreatWeight::area)
                .containsExactly(
                        ThreatArea.DENIAL_OF_SERVICE,
                        ThreatArea.PHISHING,
                        ThreatArea.MALICIOUS_CODE,
                        ThreatArea.WEBSITE_ATTACKS,
                        ThreatArea.SOFTWARE_VULNERABILITIES);
        assertThat(assessment.threats().getFirst().weight()).isCloseTo(Math.log(7) / WEIGHT_SUM, within(1e-15));
        assertThat(assessment.dosCases().baselineSource()).isEqualTo(BaselineSource.REFERENCE);
        assertThat(assessment.zh().mainThreats()).isEqualTo("针对政府、企业以及广大互联网用户的主要安全威胁来自于拒绝服务攻击、网页仿冒以及恶意代码传播。");
        assertThat(assessment.en().mainThreats())
                .isEqualTo("The main security threats to government, businesses and internet users came from"
                        + " denial-of-service attacks, phishing and the spread of malicious code.");
    }

    @Test
    void sumsWebsiteAttacksOverDefacedAndBackdooredSitesAndWeighsDosAgainstItsMedian() {
        // Baseline 9. Backdoored p 2 (ln2/12) + backdoored gov p 2 (2·ln2/12) = 3·ln2/12 = 0.1733 beats
        // infected p 2.5 (2·ln2.5/12 = 0.1527). DoS: 4 previous weeks at 3 ⇒ median 3; 3 cases ⇒ p 1, weight 0.
        Assessment assessment = assessor.assess(Fixtures.flat(9, 9)
                .value(Headline.BACKDOORED, 19)
                .value(Headline.BACKDOORED_GOV, 19)
                .value(Headline.INFECTED_HOSTS, 24)
                .dosCases(3, List.of(3L, 3L, 3L, 3L))
                .build());

        assertThat(assessment.mainThreats())
                .containsExactly(
                        ThreatArea.WEBSITE_ATTACKS, ThreatArea.MALICIOUS_CODE, ThreatArea.SOFTWARE_VULNERABILITIES);
        assertThat(assessment.threats().getFirst().weight()).isCloseTo(3 * Math.log(2) / WEIGHT_SUM, within(1e-15));
        assertThat(assessment.dosCases().baseline()).isEqualTo(3.0);
        assertThat(assessment.dosCases().contribution()).isZero();
    }

    @Test
    void namesNoAreaWithoutActivityAheadOfOnesWithActivity() {
        // Baseline 99 for everything; this week every indicator at 49 (p 0.5, all contributions below 0) and no
        // DoS case (p 1 against reference 0, contribution 0). By weight alone DoS would come first; having no
        // activity it comes last. Among the rest: vulnerabilities 2·ln0.5/12 = -0.1155, malicious code -0.1155,
        // phishing ln0.5/12 = -0.0578, website attacks 6·ln0.5/12 = -0.3466.
        Assessment assessment = assessor.assess(Fixtures.flat(49, 99).build());

        assertThat(assessment.threats())
                .extracting(ThreatWeight::area)
                .containsExactly(
                        ThreatArea.PHISHING,
                        ThreatArea.SOFTWARE_VULNERABILITIES,
                        ThreatArea.MALICIOUS_CODE,
                        ThreatArea.WEBSITE_ATTACKS,
                        ThreatArea.DENIAL_OF_SERVICE);
        assertThat(assessment.threats().getLast().active()).isFalse();
        assertThat(assessment.threats().getLast().weight()).isZero();
    }

    @Test
    void namesTheAreasInSpecOrderWhenNothingMoved() {
        Assessment assessment = assessor.assess(Fixtures.flat(5, 5).build());

        assertThat(assessment.index()).isEqualTo(1.0);
        assertThat(assessment.zh().rating()).isEqualTo("本周，互联网网络安全态势整体评价为良。");
        assertThat(assessment.en().rating())
                .isEqualTo("This week, the overall cyber security situation of the internet was rated Good.");
        assertThat(assessment.zh().mainThreats()).isEqualTo("针对政府、企业以及广大互联网用户的主要安全威胁来自于软件高危漏洞、恶意代码传播以及网站攻击。");
    }

    @Test
    void keepsTheComputedBandBesideAnOverride() {
        // index 1.0 ⇒ 良; a 重大 case raises it to 差; the analyst publishes 中.
        BandOverride override =
                new BandOverride(Band.FAIR, "the major case was contained on day one", "li.wei", Instant.EPOCH);
        Assessment assessment =
                assessor.assess(Fixtures.flat(5, 5).worstCase(Grade.MAJOR).build(), override);

        assertThat(assessment.indexBand()).isEqualTo(Band.GOOD);
        assertThat(assessment.computedBand()).isEqualTo(Band.POOR);
        assertThat(assessment.finalBand()).isEqualTo(Band.FAIR);
        assertThat(assessment.override()).isEqualTo(override);
        assertThat(assessment.zh().rating()).isEqualTo("本周，互联网网络安全态势整体评价为中。");
        assertThat(assessment.en().rating()).endsWith("rated Fair.");
    }

    @Test
    void saysInfrastructureRanStablyWithoutIncidentsOfGradeLargeOrAbove() {
        Assessment assessment = assessor.assess(
                Fixtures.flat(5, 5).infrastructure(Grade.GENERAL).build());

        assertThat(assessment.infrastructureIncidents()).isEmpty();
        assertThat(assessment.zh().infrastructure()).isEqualTo("我国互联网基础设施运行整体平稳，全国范围或省级行政区域内未发生造成重大影响的基础设施运行安全事件。");
        assertThat(assessment.en().infrastructure())
                .startsWith("The country's basic internet infrastructure operated stably");
    }

    @Test
    void countsInfrastructureIncidentsByGrade() {
        Assessment assessment = assessor.assess(Fixtures.flat(5, 5)
                .infrastructure(Grade.LARGE, Grade.GENERAL, Grade.MAJOR, Grade.LARGE)
                .build());

        assertThat(assessment.infrastructureIncidents()).containsExactly(Grade.MAJOR, Grade.LARGE, Grade.LARGE);
        assertThat(assessment.zh().infrastructure())
                .isEqualTo("本周，全国范围或省级行政区域内发生3起较大及以上级别的基础设施运行安全事件，其中重大事件1起、较大事件2起。");
        assertThat(assessment.en().infrastructure())
                .isEqualTo("This week 3 infrastructure security incidents of grade Large or above occurred nationwide"
                        + " or in a provincial-level region: 1 Major (II), 2 Large (III).");
        assertThat(assessor.assess(Fixtures.flat(5, 5)
                                .infrastructure(Grade.EXTRAORDINARY)
                                .build())
                        .en()
                        .infrastructure())
                .startsWith("This week one infrastructure security incident of grade Large or above");
    }
}
