package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.Grade;

class AssessmentExplanationTest {

    private final RatingConfig config = RatingConfig.defaults();
    private final Assessor assessor = new Assessor(config);

    @Test
    void explainsAGoodWeekWithoutGradedCases() {
        // Every pressure (106 + 1) / (99 + 1) = 1.07 ⇒ index 1.07; infected hosts contribute 2·ln1.07/12 = 0.0113.
        String text = AssessmentExplanation.render(
                assessor.assess(Fixtures.flat(106, 99).build()), config);

        assertThat(text)
                .contains("index 1.07 ≤ 1.15 ⇒ 良 (Good)")
                .contains("no graded case raises it")
                .contains("final band: 良 (Good)")
                .containsPattern("infected_hosts\\s+106\\s+99.0\\s+median\\(4\\)\\s+1.070\\s+2.00\\s+\\+0.0113");
    }

    @Test
    void explainsAFloorRaisingTheBand() {
        String text = AssessmentExplanation.render(
                assessor.assess(Fixtures.flat(5, 5).worstCase(Grade.MAJOR).build()), config);

        assertThat(text).contains("worst graded case 重大 raises it to at least 差 (Poor) ⇒ 差 (Poor)");
    }

    @Test
    void explainsAnIndexAboveTheLastLimit() {
        String text = AssessmentExplanation.render(
                assessor.assess(Fixtures.flat(29, 9).build()), config);

        assertThat(text).contains("index 3.00 > 2.00 ⇒ 危 (Critical)");
    }

    @Test
    void showsFourDecimalsWhereTwoWouldReadAsTheLimit() {
        // All pressures 11 501 / 10 000 = 1.1501 ⇒ 中; "1.15" would misread as the limit of 良.
        String text = AssessmentExplanation.render(
                assessor.assess(Fixtures.flat(11_500, 9_999).build()), config);

        assertThat(text).contains("index 1.1501 ≤ 1.50 ⇒ 中 (Fair)");
    }
}
