package org.sitrep.core.assessment;

import java.util.Objects;

/**
 * The week's denial-of-service cases measured like an indicator (baseline, pressure, weight, contribution) but kept
 * out of the index: only the 拒绝服务攻击 threat area weighs by it.
 */
public record DosCasesAssessment(
        long cases,
        double baseline,
        BaselineSource baselineSource,
        int weeksOfData,
        double pressure,
        double weight,
        double contribution) {
    public DosCasesAssessment {
        Objects.requireNonNull(baselineSource, "baselineSource is required");
    }
}
