package org.sitrep.report.model;

/**
 * What the bulletin does with a section that has nothing to count this week (no infected host or drop site, no
 * affected website, no vulnerability recorded, no case handled): its zeros would read as measurements.
 */
public enum EmptySections {
    /** The section keeps its heading and says that there are no data this week. */
    SAY_NO_DATA,
    /** The section is left out. */
    OMIT
}
