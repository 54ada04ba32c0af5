package org.sitrep.core.figures;

import java.util.Locale;

/** The bulletin sections figures belong to ({@code spec/bulletin.md}), in the bulletin's order. */
public enum Section {
    OVERVIEW,
    MALWARE,
    WEBSITES,
    VULNERABILITIES,
    CASES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
