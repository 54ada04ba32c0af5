package org.sitrep.core.assessment;

import java.util.Optional;

/**
 * The eight headline indicators of the bulletin ({@code spec/bulletin.md} §1), in the bulletin's order. The
 * {@link #id()} is the key used in the configuration file and in JSON.
 */
public enum Indicator {
    INFECTED_HOSTS("infected_hosts"),
    DEFACED("defaced"),
    DEFACED_GOV("defaced_gov"),
    BACKDOORED("backdoored"),
    BACKDOORED_GOV("backdoored_gov"),
    PHISHING_PAGES("phishing_pages"),
    NEW_VULNERABILITIES("new_vulnerabilities"),
    HIGH_VULNERABILITIES("high_vulnerabilities");

    private final String id;

    Indicator(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Indicator> fromId(String text) {
        for (Indicator indicator : values()) {
            if (indicator.id.equals(text)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }
}
