package org.sitrep.core.assessment;

import java.util.Locale;
import java.util.Optional;

/** The overall rating of a week, best first: 优 / 良 / 中 / 差 / 危. A later constant is a worse band. */
public enum Band {
    EXCELLENT("优", "Excellent"),
    GOOD("良", "Good"),
    FAIR("中", "Fair"),
    POOR("差", "Poor"),
    CRITICAL("危", "Critical");

    private final String chinese;
    private final String english;

    Band(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of the two bands. */
    public Band atLeast(Band other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Reads 中, {@code fair} or {@code Fair}. */
    public static Optional<Band> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        for (Band band : values()) {
            if (band.chinese.equals(value) || band.english.equalsIgnoreCase(value)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
