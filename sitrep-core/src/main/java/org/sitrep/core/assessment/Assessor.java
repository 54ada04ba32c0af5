package org.sitrep.core.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;

/**
 * Rates a week by the method of {@code spec/rating.md}: a pure function of the input, the configuration and an
 * optional override. It reads no clock, no store and no file.
 */
public final class Assessor {

    private final RatingConfig config;
    private final AssessmentWording wording = new AssessmentWording();

    public Assessor(RatingConfig config) {
        this.config = Objects.requireNonNull(config, "config is required");
    }

    /** The week's assessment as computed, without override. */
    public Assessment assess(AssessmentInput input) {
        return assess(input, null);
    }

    /** The week's assessment; a non-null override sets the final band and is kept beside the computed one. */
    public Assessment assess(AssessmentInput input, @Nullable BandOverride override) {
        return assess(input, override, null);
    }

    /**
     * The week's assessment; a non-null band override sets the final band, a non-null level override the published
     * vulnerability threat level, each kept beside the computed one.
     */
    public Assessment assess(
            AssessmentInput input, @Nullable BandOverride override, @Nullable LevelOverride levelOverride) {
        List<IndicatorAssessment> indicators = indicators(input);
        double index = Math.exp(indicators.stream()
                .mapToDouble(IndicatorAssessment::contribution)
                .sum());
        Band indexBand = config.bandLimits().band(index);
        Band floor = config.floorOf(input.worstCaseGrade());
        Band computed = floor == null ? indexBand : indexBand.atLeast(floor);
        // A week without data is not rated: its zeros would read as the best week there could be (优).
        Band finalBand = override != null ? override.band() : input.hasData() ? computed : null;
        DosCasesAssessment dos = dosCases(input);
        List<ThreatWeight> threats = threats(indicators, dos);
        List<Grade> infrastructure = input.infrastructureIncidentGrades().stream()
                .filter(grade -> grade.atLeast(Grade.LARGE))
                .toList();
        return new Assessment(
                input.week(),
                indicators,
                index,
                indexBand,
                input.worstCaseGrade(),
                floor,
                computed,
                override,
                finalBand,
                levelOverride == null
                        ? vulnerabilities(input, indicators)
                        : vulnerabilities(input, indicators).overriddenBy(levelOverride),
                dos,
                threats,
                infrastructure,
                wording.chinese(finalBand, infrastructure, threats),
                wording.english(finalBand, infrastructure, threats),
                !input.hasData());
    }

    private List<IndicatorAssessment> indicators(AssessmentInput input) {
        double weightSum = config.weightSum();
        List<IndicatorAssessment> rows = new ArrayList<>();
        for (Headline indicator : Headline.values()) {
            long value = complete(input.thisWeek(), indicator);
            Baseline baseline =
                    baseline(complete(input.previousWeeks(), indicator), complete(config.referenceValues(), indicator));
            double pressure = pressure(value, baseline.value());
            double weight = complete(config.weights(), indicator);
            rows.add(new IndicatorAssessment(
                    indicator,
                    value,
                    baseline.value(),
                    baseline.source(),
                    baseline.weeks(),
                    pressure,
                    weight,
                    weight * Math.log(pressure) / weightSum));
        }
        return rows;
    }

    private DosCasesAssessment dosCases(AssessmentInput input) {
        Baseline baseline = baseline(input.previousDosCases(), config.dosCases().reference());
        double pressure = pressure(input.dosCases(), baseline.value());
        double weight = config.dosCases().weight();
        return new DosCasesAssessment(
                input.dosCases(),
                baseline.value(),
                baseline.source(),
                baseline.weeks(),
                pressure,
                weight,
                weight * Math.log(pressure) / config.weightSum());
    }

    private static double pressure(long value, double baseline) {
        return (value + 1.0) / (baseline + 1.0);
    }

    /** A value of a map that its record's constructor made complete, one entry for every indicator. */
    private static <V> V complete(Map<Headline, V> values, Headline indicator) {
        return Objects.requireNonNull(values.get(indicator), indicator.id());
    }

    /** The median of at most the window's newest weeks when there are at least the minimum, else the reference. */
    private Baseline baseline(List<Long> previousWeeks, double reference) {
        List<Long> window = previousWeeks.subList(0, Math.min(previousWeeks.size(), config.baselineWindow()));
        if (window.size() < config.minimumWeeks()) {
            return new Baseline(reference, BaselineSource.REFERENCE, window.size());
        }
        return new Baseline(median(window), BaselineSource.MEDIAN, window.size());
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private VulnerabilityAssessment vulnerabilities(AssessmentInput input, List<IndicatorAssessment> indicators) {
        IndicatorAssessment high = indicators.get(Headline.HIGH_VULNERABILITIES.ordinal());
        RatingConfig.VulnerabilityRule rule = config.vulnerabilityLevel();
        List<String> critical = input.vulnerabilities().stream()
                .filter(v -> v.cvssScore() != null && v.cvssScore() >= rule.criticalCvss())
                .filter(v -> v.knownExploited() || v.zeroDay())
                .map(NotableVulnerability::id)
                .toList();
        List<String> exploited = input.vulnerabilities().stream()
                .filter(NotableVulnerability::knownExploited)
                .map(NotableVulnerability::id)
                .toList();
        VulnerabilityAssessment.Reason reason;
        if (high.value() >= rule.highFactor() * high.baseline()) {
            reason = VulnerabilityAssessment.Reason.HIGH_COUNT;
        } else if (!critical.isEmpty()) {
            reason = VulnerabilityAssessment.Reason.CRITICAL_EXPLOITED;
        } else if (high.value() <= rule.lowFactor() * high.baseline()) {
            reason = exploited.isEmpty()
                    ? VulnerabilityAssessment.Reason.LOW_COUNT
                    : VulnerabilityAssessment.Reason.LOW_COUNT_BUT_EXPLOITED;
        } else {
            reason = VulnerabilityAssessment.Reason.BETWEEN;
        }
        VulnerabilityLevel level = switch (reason) {
            case HIGH_COUNT, CRITICAL_EXPLOITED -> VulnerabilityLevel.HIGH;
            case LOW_COUNT -> VulnerabilityLevel.LOW;
            case LOW_COUNT_BUT_EXPLOITED, BETWEEN -> VulnerabilityLevel.MEDIUM;
        };
        return new VulnerabilityAssessment(
                level, reason, high.value(), high.baseline(), high.baselineSource(), critical, exploited, level, null);
    }

    private static List<ThreatWeight> threats(List<IndicatorAssessment> indicators, DosCasesAssessment dos) {
        List<ThreatWeight> weights = new ArrayList<>();
        for (ThreatArea area : ThreatArea.values()) {
            if (area == ThreatArea.DENIAL_OF_SERVICE) {
                weights.add(new ThreatWeight(area, dos.contribution(), dos.cases() > 0));
                continue;
            }
            List<IndicatorAssessment> rows = area.indicators().stream()
                    .map(indicator -> indicators.get(indicator.ordinal()))
                    .toList();
            weights.add(new ThreatWeight(
                    area,
                    rows.stream().mapToDouble(IndicatorAssessment::contribution).sum(),
                    rows.stream().anyMatch(row -> row.value() > 0)));
        }
        // Active areas first, then heavier first; the stable sort keeps ThreatArea order among equal ranks.
        weights.sort(Comparator.comparing(ThreatWeight::active)
                .thenComparingDouble(ThreatWeight::weight)
                .reversed());
        return weights;
    }

    private record Baseline(double value, BaselineSource source, int weeks) {}
}
