package org.sitrep.report.model;

/** The threat areas the main-threats sentence names (rating.md). */
public enum ThreatArea {
    HIGH_SEVERITY_VULNERABILITIES,
    MALWARE_SPREAD,
    WEBSITE_ATTACKS,
    PHISHING,
    DENIAL_OF_SERVICE
}
