package org.sitrep.report.model;

/** The eight headline indicators, in the order the overview table prints them. */
public enum Indicator {
    INFECTED_HOSTS,
    DEFACED,
    DEFACED_GOV,
    BACKDOORED,
    BACKDOORED_GOV,
    PHISHING_PAGES,
    NEW_VULNERABILITIES,
    HIGH_SEVERITY_VULNERABILITIES
}
