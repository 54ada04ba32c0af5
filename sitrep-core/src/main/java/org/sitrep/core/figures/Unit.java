package org.sitrep.core.figures;

import java.util.Locale;

/** What a figure counts; labels per language are in the figure label bundles ({@code unit.<id>}). */
public enum Unit {
    HOSTS,
    NAMES,
    FAMILIES,
    DOMAINS,
    IPS,
    SITES,
    CONTROLLERS,
    PAGES,
    VULNERABILITIES,
    CASES,
    PLATFORMS,
    URLS,
    /** A share in percent of another figure, unrounded (written with one decimal). */
    PERCENT,
    /** A ratio of two counts, unrounded. */
    RATIO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
