package org.sitrep.core.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

/**
 * The week's assessment with every step that led to it ({@code spec/rating.md}), so that anyone can see why the
 * week is 良 and not 优.
 *
 * @param indicators the eight indicators in the bulletin's order
 * @param index the weighted geometric mean of the pressures, {@code exp(Σ contributions)}
 * @param indexBand the band of the index before any floor
 * @param worstCaseGrade the most severe grade of the week's graded cases, or {@code null}
 * @param floor the band that grade raises the week to at least, or {@code null} when it raises nothing
 * @param computedBand the index band raised to the floor
 * @param override the analyst's override, or {@code null}
 * @param finalBand the band the bulletin shows: the override's when there is one, else the computed one; {@code
 *     null} for a week without data and without override, which is not rated (its zeros measure nothing)
 * @param threats the five threat areas, heaviest first (ties in {@link ThreatArea} order)
 * @param infrastructureIncidents grades of the week's infrastructure incidents of grade 较大 or above, most severe
 *     first
 * @param zh the overview sentences in Chinese
 * @param en the overview sentences in English
 * @param noData whether the store held nothing at all for the week
 */
public record Assessment(
        IsoWeek week,
        List<IndicatorAssessment> indicators,
        double index,
        Band indexBand,
        @Nullable Grade worstCaseGrade,
        @Nullable Band floor,
        Band computedBand,
        @Nullable BandOverride override,
        @Nullable Band finalBand,
        VulnerabilityAssessment vulnerabilities,
        DosCasesAssessment dosCases,
        List<ThreatWeight> threats,
        List<Grade> infrastructureIncidents,
        Sentences zh,
        Sentences en,
        boolean noData) {

    public Assessment {
        Objects.requireNonNull(week, "week is required");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(indexBand, "indexBand is required");
        Objects.requireNonNull(computedBand, "computedBand is required");
        if (finalBand == null && !noData) {
            throw new IllegalArgumentException("finalBand is required for a week with data");
        }
        Objects.requireNonNull(vulnerabilities, "vulnerabilities is required");
        Objects.requireNonNull(dosCases, "dosCases is required");
        threats = List.copyOf(threats);
        infrastructureIncidents = List.copyOf(infrastructureIncidents);
        Objects.requireNonNull(zh, "zh is required");
        Objects.requireNonNull(en, "en is required");
    }

    /** Whether the week is rated: it has data, or an analyst set its band. */
    public boolean rated() {
        return finalBand != null;
    }

    /** The three threat areas the main-threats sentence names, heaviest first. */
    public List<ThreatArea> mainThreats() {
        return threats.stream().limit(3).map(ThreatWeight::area).toList();
    }

    /** The step of one indicator. */
    public IndicatorAssessment indicator(Headline indicator) {
        return indicators.stream()
                .filter(row -> row.indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }

    /** Whether some baseline is a configured reference value because there were too few weeks with data. */
    public boolean usesReferenceValues() {
        return indicators.stream().anyMatch(row -> row.baselineSource() == BaselineSource.REFERENCE);
    }

    /**
     * The indicators whose baseline is a configured reference value, a placeholder standing in for history (fewer
     * weeks with data than the minimum), in the bulletin's order; empty when every baseline is a median.
     */
    public List<Headline> placeholderBaselines() {
        return indicators.stream()
                .filter(row -> row.baselineSource() == BaselineSource.REFERENCE)
                .map(IndicatorAssessment::indicator)
                .toList();
    }

    /**
     * The line that tells an editor the rating stands on placeholder baselines, or empty when it does not; the
     * published text stays clean.
     */
    public java.util.Optional<String> placeholderNote() {
        List<Headline> placeholders = placeholderBaselines();
        if (placeholders.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(week + " is rated against placeholder baselines (the configured"
                + " rating.reference_values, too few earlier weeks with data) for "
                + placeholders.stream().map(Headline::id).collect(java.util.stream.Collectors.joining(", "))
                + "; compute the deployment's own with `sitrep assess --calibrate FROM..TO` and keep them in"
                + " sitrep.yaml");
    }

    /** The sentences in Chinese for a {@code zh} locale, else in English. */
    public Sentences sentences(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
