package org.sitrep.core.cases;

import java.util.Optional;

/** Incident grade of GB/T 20986-2023, most severe first: 特别重大 (I), 重大 (II), 较大 (III), 一般 (IV). */
public enum Grade {
    EXTRAORDINARY("特别重大", "I"),
    MAJOR("重大", "II"),
    LARGE("较大", "III"),
    GENERAL("一般", "IV");

    private final String chinese;
    private final String level;

    Grade(String chinese, String level) {
        this.chinese = chinese;
        this.level = level;
    }

    public String chinese() {
        return chinese;
    }

    public String level() {
        return level;
    }

    public String id() {
        return Enums.id(this);
    }

    /** Whether this grade is at least as severe as the other. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    /** Reads the id ({@code large}), the Chinese name (较大) or the level (III). */
    public static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        for (Grade grade : values()) {
            if (grade.chinese.equals(value) || grade.level.equalsIgnoreCase(value)) {
                return Optional.of(grade);
            }
        }
        return Enums.fromId(Grade.class, value);
    }
}
