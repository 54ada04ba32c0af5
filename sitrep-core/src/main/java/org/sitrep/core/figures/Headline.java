package org.sitrep.core.figures;

import java.util.Optional;

/**
 * The eight headline indicators of the bulletin ({@code spec/bulletin.md} §1), in the overview table's order: the
 * figure each shows, and the {@link #id()} the configuration file and JSON use. The assessment rates them and the
 * bulletin prints them; there is no other list of them.
 */
public enum Headline {
    INFECTED_HOSTS("infected_hosts", FigureId.MALWARE_INFECTED_HOSTS),
    DEFACED("defaced", FigureId.WEBSITES_DEFACED),
    DEFACED_GOV("defaced_gov", FigureId.WEBSITES_DEFACED_GOV),
    BACKDOORED("backdoored", FigureId.WEBSITES_BACKDOORED),
    BACKDOORED_GOV("backdoored_gov", FigureId.WEBSITES_BACKDOORED_GOV),
    PHISHING_PAGES("phishing_pages", FigureId.WEBSITES_PHISHING_PAGES),
    NEW_VULNERABILITIES("new_vulnerabilities", FigureId.VULNERABILITIES_TOTAL),
    HIGH_VULNERABILITIES("high_vulnerabilities", FigureId.VULNERABILITIES_HIGH);

    private final String id;
    private final FigureId figure;

    Headline(String id, FigureId figure) {
        this.id = id;
        this.figure = figure;
    }

    public String id() {
        return id;
    }

    /** The figure the indicator shows. */
    public FigureId figure() {
        return figure;
    }

    /** The indicator with the key the configuration file and JSON use ({@code infected_hosts}), if any. */
    public static Optional<Headline> fromId(String id) {
        for (Headline headline : values()) {
            if (headline.id.equals(id)) {
                return Optional.of(headline);
            }
        }
        return Optional.empty();
    }
}
