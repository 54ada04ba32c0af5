package org.sitrep.core.assessment;

import java.util.Objects;
import org.sitrep.core.figures.Headline;

/**
 * One indicator's step of the rating: its value, baseline, pressure {@code (value + 1) / (baseline + 1)}, weight
 * and contribution {@code weight × ln(pressure) / Σ weights}, so that the index is {@code exp(Σ contributions)}.
 *
 * @param weeksOfData how many previous weeks with data the baseline looked at
 */
public record IndicatorAssessment(
        Headline indicator,
        long value,
        double baseline,
        BaselineSource baselineSource,
        int weeksOfData,
        double pressure,
        double weight,
        double contribution) {
    public IndicatorAssessment {
        Objects.requireNonNull(indicator, "indicator is required");
        Objects.requireNonNull(baselineSource, "baselineSource is required");
    }
}
