package org.sitrep.core.assessment;

/** Where an indicator's baseline came from. */
public enum BaselineSource {
    /** The median of the previous weeks with data (at least the configured minimum). */
    MEDIAN,
    /** Too few previous weeks with data: the configured reference value stands in. */
    REFERENCE
}
