package org.sitrep.report.model;

/** The week's vulnerability threat level: 高 中 低. */
public enum ThreatLevel {
    HIGH,
    MEDIUM,
    LOW
}
