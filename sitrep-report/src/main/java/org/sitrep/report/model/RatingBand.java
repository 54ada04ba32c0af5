package org.sitrep.report.model;

/** The overall rating of the week's situation, best first: 优 良 中 差 危. */
public enum RatingBand {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR,
    CRITICAL
}
