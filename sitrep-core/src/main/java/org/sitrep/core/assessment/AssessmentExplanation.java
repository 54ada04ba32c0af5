package org.sitrep.core.assessment;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

/**
 * Renders an assessment as plain text for an analyst: the table of indicators (this week, baseline, pressure,
 * weight, contribution) and the lines that say why the band is what it is.
 */
public final class AssessmentExplanation {

    private static final String ROW = "%-22s %10s %12s %-14s %9s %7s %13s%n";

    private AssessmentExplanation() {}

    /** The explanation of an assessment computed with the given configuration. */
    public static String render(Assessment assessment, RatingConfig config) {
        StringBuilder text = new StringBuilder();
        text.append("Assessment of ").append(assessment.week()).append('\n');
        text.append(String.format(
                Locale.ROOT, ROW, "indicator", "this week", "baseline", "from", "pressure", "weight", "contribution"));
        for (IndicatorAssessment row : assessment.indicators()) {
            text.append(String.format(
                    Locale.ROOT,
                    ROW,
                    row.indicator().id(),
                    row.value(),
                    number(row.baseline(), 1),
                    source(row.baselineSource(), row.weeksOfData()),
                    number(row.pressure(), 3),
                    number(row.weight(), 2),
                    String.format(Locale.ROOT, "%+.4f", row.contribution())));
        }
        text.append(String.format(Locale.ROOT, "index = exp(Σ contribution) = %s%n", number(assessment.index(), 4)));
        text.append(indexLine(assessment, config.bandLimits())).append('\n');
        text.append(floorLine(assessment)).append('\n');
        if (assessment.override() != null) {
            BandOverride override = assessment.override();
            text.append(String.format(
                    Locale.ROOT,
                    "overridden by %s at %s: %s ⇒ %s (reason: %s)%n",
                    override.analyst(),
                    override.at(),
                    name(assessment.computedBand()),
                    name(override.band()),
                    override.reason()));
        }
        Band finalBand = assessment.finalBand();
        text.append("final band: ")
                .append(
                        finalBand == null
                                ? "none: the store holds nothing for the week, which is not rated"
                                : name(finalBand))
                .append('\n');
        if (assessment.usesReferenceValues()) {
            text.append("note: fewer previous weeks with data than the minimum for some indicators; ")
                    .append("their configured reference values stand in as baselines\n");
            assessment
                    .placeholderNote()
                    .ifPresent(note -> text.append("note: ").append(note).append('\n'));
        }
        text.append(vulnerabilityLine(assessment.vulnerabilities(), config.vulnerabilityLevel()))
                .append('\n');
        text.append("threat areas: ")
                .append(assessment.threats().stream()
                        .map(t -> t.area().id() + " " + String.format(Locale.ROOT, "%+.4f", t.weight())
                                + (t.active() ? "" : " (nothing this week)"))
                        .collect(Collectors.joining(", ")))
                .append('\n');
        return text.toString();
    }

    private static String indexLine(Assessment assessment, RatingConfig.BandLimits limits) {
        String index = indexText(assessment.index(), limits);
        Band band = assessment.indexBand();
        Double limit = limits.limitOf(band);
        if (limit == null) {
            return "index " + index + " > " + number(limits.poor(), 2) + " ⇒ " + name(band);
        }
        return "index " + index + " ≤ " + number(limit, 2) + " ⇒ " + name(band);
    }

    /** Two decimals, or four where two would read as a limit (1.1501 is not "1.15") or as zero. */
    private static String indexText(double index, RatingConfig.BandLimits limits) {
        String twoDecimals = number(index, 2);
        boolean ambiguous = index < 0.005
                || DoubleStream.of(limits.excellent(), limits.good(), limits.fair(), limits.poor())
                        .anyMatch(limit -> number(limit, 2).equals(twoDecimals));
        return ambiguous ? number(index, 4) : twoDecimals;
    }

    private static String floorLine(Assessment assessment) {
        if (assessment.worstCaseGrade() == null) {
            return "no graded case raises it";
        }
        String grade = assessment.worstCaseGrade().chinese();
        if (assessment.floor() == null) {
            return "worst graded case " + grade + " sets no floor";
        }
        if (assessment.floor().ordinal() <= assessment.indexBand().ordinal()) {
            return "worst graded case " + grade + " sets floor " + name(assessment.floor()) + ", already met";
        }
        return "worst graded case " + grade + " raises it to at least " + name(assessment.floor()) + " ⇒ "
                + name(assessment.computedBand());
    }

    private static String vulnerabilityLine(VulnerabilityAssessment v, RatingConfig.VulnerabilityRule rule) {
        String high = number(rule.highFactor() * v.baseline(), 1);
        String low = number(rule.lowFactor() * v.baseline(), 1);
        String because = switch (v.reason()) {
            case HIGH_COUNT -> v.highCount() + " high-severity ≥ " + high;
            case CRITICAL_EXPLOITED ->
                "CVSS ≥ " + number(rule.criticalCvss(), 1) + " and known exploited or zero-day: "
                        + String.join(", ", v.criticalExploited());
            case LOW_COUNT -> v.highCount() + " high-severity ≤ " + low + " and nothing known exploited";
            case LOW_COUNT_BUT_EXPLOITED ->
                v.highCount() + " high-severity ≤ " + low + " but known exploited: "
                        + String.join(", ", v.knownExploited());
            case BETWEEN -> v.highCount() + " high-severity between " + low + " and " + high;
        };
        String line = "vulnerability threat level " + v.computedLevel().chinese() + " ("
                + v.computedLevel().english() + "): " + because;
        LevelOverride override = v.override();
        if (override == null) {
            return line;
        }
        return line
                + String.format(
                        Locale.ROOT,
                        "%noverridden by %s at %s: %s ⇒ %s (reason: %s)",
                        override.analyst(),
                        override.at(),
                        v.computedLevel().chinese() + " (" + v.computedLevel().english() + ")",
                        v.level().chinese() + " (" + v.level().english() + ")",
                        override.reason());
    }

    private static String source(BaselineSource source, int weeks) {
        return switch (source) {
            case MEDIAN -> "median(" + weeks + ")";
            case REFERENCE -> "reference(" + weeks + ")";
        };
    }

    private static String name(Band band) {
        return band.chinese() + " (" + band.english() + ")";
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
