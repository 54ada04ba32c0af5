package org.sitrep.core.assessment;

import java.util.List;
import java.util.Locale;
import org.sitrep.core.figures.Headline;

/**
 * The five threat areas of the main-threats sentence, in the order that breaks ties. Each area weighs what its
 * indicators contribute to the index; new vulnerabilities of all severities belong to no area (the area is about
 * high-severity ones), malware drop sites are not an indicator and so add nothing, and denial of service, which
 * has no indicator, weighs by the week's DoS cases against their own baseline ({@link DosCasesAssessment}).
 * Areas are ranked by weight, heaviest first, except that an area with nothing this week (all its counts zero) comes
 * after every area with activity: a falling index would otherwise name an empty area (weight 0) ahead of active
 * ones whose counts merely fell (weight below 0). Equal ranks keep this enum's order.
 */
public enum ThreatArea {
    SOFTWARE_VULNERABILITIES(List.of(Headline.HIGH_VULNERABILITIES)),
    MALICIOUS_CODE(List.of(Headline.INFECTED_HOSTS)),
    WEBSITE_ATTACKS(List.of(Headline.DEFACED, Headline.DEFACED_GOV, Headline.BACKDOORED, Headline.BACKDOORED_GOV)),
    PHISHING(List.of(Headline.PHISHING_PAGES)),
    DENIAL_OF_SERVICE(List.of());

    private final List<Headline> indicators;

    ThreatArea(List<Headline> indicators) {
        this.indicators = indicators;
    }

    /** The indicators whose contributions make up this area's weight. */
    public List<Headline> indicators() {
        return indicators;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
