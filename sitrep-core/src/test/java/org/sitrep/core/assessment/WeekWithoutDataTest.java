package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sitrep.core.figures.Headline;

/** A week for which the store holds nothing is not rated: its zeros would otherwise make the best week there is. */
class WeekWithoutDataTest {

    private final Assessor assessor = new Assessor(RatingConfig.defaults());

    private static AssessmentInput empty() {
        AssessmentInput zeros = Fixtures.flat(100, 100)
                .value(Headline.INFECTED_HOSTS, 0)
                .value(Headline.DEFACED, 0)
                .value(Headline.DEFACED_GOV, 0)
                .value(Headline.BACKDOORED, 0)
                .value(Headline.BACKDOORED_GOV, 0)
                .value(Headline.PHISHING_PAGES, 0)
                .value(Headline.NEW_VULNERABILITIES, 0)
                .value(Headline.HIGH_VULNERABILITIES, 0)
                .build();
        return new AssessmentInput(
                zeros.week(),
                zeros.thisWeek(),
                zeros.previousWeeks(),
                null,
                zeros.infrastructureIncidentGrades(),
                0,
                zeros.previousDosCases(),
                zeros.vulnerabilities(),
                false);
    }

    @Test
    void aWeekWithoutDataIsNotRatedExcellent() {
        Assessment assessment = assessor.assess(empty());

        // the index of all zeros against baselines of 100 is (1/101) ⇒ 优, but nothing was measured
        assertThat(assessment.indexBand()).isEqualTo(Band.EXCELLENT);
        assertThat(assessment.rated()).isFalse();
        assertThat(assessment.finalBand()).isNull();
        assertThat(assessment.noData()).isTrue();
        assertThat(assessment.zh().rating()).isEqualTo("本周无监测数据，不作整体评价。");
        assertThat(assessment.zh().mainThreats()).isEmpty();
        assertThat(assessment.en().rating())
                .isEqualTo("No monitoring data were received this week; the overall situation is not rated.");
        assertThat(AssessmentExplanation.render(assessment, RatingConfig.defaults()))
                .contains("final band: none: the store holds nothing for the week, which is not rated");
    }

    @Test
    void anAnalystMayStillRateIt() {
        BandOverride override = new BandOverride(Band.GOOD, "feeds down, known quiet", "li", Instant.EPOCH);
        Assessment assessment = assessor.assess(empty(), override);

        assertThat(assessment.rated()).isTrue();
        assertThat(assessment.finalBand()).isEqualTo(Band.GOOD);
    }

    @Test
    void aWeekWithDataOfZerosIsRated() {
        AssessmentInput input = empty();
        AssessmentInput measured = new AssessmentInput(
                input.week(),
                input.thisWeek(),
                input.previousWeeks(),
                null,
                input.infrastructureIncidentGrades(),
                0,
                input.previousDosCases(),
                input.vulnerabilities(),
                true);

        assertThat(assessor.assess(measured).finalBand()).isEqualTo(Band.EXCELLENT);
    }
}
