package org.sitrep.report.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
    private Checks() {}

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, field + " must not be null");
    }

    static <T> List<T> list(List<T> values, String field) {
        return List.copyOf(present(values, field));
    }

    static long count(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }
}
