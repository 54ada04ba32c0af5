package org.sitrep.report.model;

import java.util.Locale;
import java.util.Optional;

/** The sector a phishing page imitates, as events carry it in {@code extra.target_sector}. */
public enum TargetSector {
    BANK,
    PAYMENT,
    GOVERNMENT,
    E_COMMERCE,
    TELECOM,
    SOCIAL,
    OTHER;

    /** Reads the feed's id ({@code e-commerce}); unknown ids are {@link #OTHER}'s business of the caller. */
    public static Optional<TargetSector> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String name = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TargetSector sector : values()) {
            if (sector.name().equals(name)) {
                return Optional.of(sector);
            }
        }
        return Optional.empty();
    }
}
