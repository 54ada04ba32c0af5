package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;

/**
 * Seeded random weeks checked against the spec's formula written out independently here: median of at most 12
 * previous weeks (reference with fewer than 4), p = (v + 1) / (b + 1), index = Π p^(w / Σw), band by the limits
 * 0.85 / 1.15 / 1.50 / 2.00, raised to the floor of the worst grade.
 */
class AssessorSeededTest {

    private static final double[] WEIGHTS = {2, 1, 2, 1, 2, 1, 1, 2};
    private static final double[] REFERENCES = {500000, 1500, 30, 1200, 20, 2000, 300, 100};
    private static final Assessor ASSESSOR = new Assessor(RatingConfig.defaults());
    private static final Grade[] GRADES = {null, Grade.GENERAL, Grade.LARGE, Grade.MAJOR, Grade.EXTRAORDINARY};

    static LongStream seeds() {
        return LongStream.range(1, 51);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesTheSpecFormula(long seed) {
        Random random = new Random(seed);
        Map<Headline, Long> thisWeek = new EnumMap<>(Headline.class);
        Map<Headline, List<Long>> previous = new EnumMap<>(Headline.class);
        double logIndex = 0;
        for (Headline indicator : Headline.values()) {
            long value = random.nextInt(1000);
            List<Long> weeks = new ArrayList<>();
            int count = random.nextInt(16);
            for (int i = 0; i < count; i++) {
                weeks.add((long) random.nextInt(1000));
            }
            thisWeek.put(indicator, value);
            previous.put(indicator, weeks);
            double baseline = weeks.size() < 4
                    ? REFERENCES[indicator.ordinal()]
                    : median(weeks.subList(0, Math.min(12, weeks.size())));
            logIndex += WEIGHTS[indicator.ordinal()] / 12.0 * Math.log((value + 1) / (baseline + 1));
        }
        Grade worst = GRADES[random.nextInt(GRADES.length)];
        AssessmentInput input =
                new AssessmentInput(Fixtures.WEEK, thisWeek, previous, worst, List.of(), 0, List.of(), List.of());

        Assessment assessment = ASSESSOR.assess(input);

        double index = Math.exp(logIndex);
        assertThat(assessment.index()).isCloseTo(index, within(1e-9 * index));
        Band band = index <= 0.85
                ? Band.EXCELLENT
                : index <= 1.15 ? Band.GOOD : index <= 1.50 ? Band.FAIR : index <= 2.00 ? Band.POOR : Band.CRITICAL;
        Band floor = worst == null
                ? null
                : switch (worst) {
                    case GENERAL -> null;
                    case LARGE -> Band.FAIR;
                    case MAJOR -> Band.POOR;
                    case EXTRAORDINARY -> Band.CRITICAL;
                };
        Band expected = floor != null && floor.ordinal() > band.ordinal() ? floor : band;
        assertThat(assessment.indexBand()).isEqualTo(band);
        assertThat(assessment.computedBand()).isEqualTo(expected);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
