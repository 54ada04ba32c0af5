package org.sitrep.app.server;

import org.jspecify.annotations.Nullable;

/** Whole numbers given as request parameters (a page, a page size), bounded, refused in the caller's words. */
public final class RequestNumbers {

    private RequestNumbers() {}

    /**
     * The parameter {@code name}'s value: {@code absent} when it is not given, else a whole number from {@code min}
     * to {@code max}; anything else is refused ({@code /problems/bad-value}).
     */
    public static long bounded(String name, @Nullable String value, long absent, long min, long max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new IllegalArgumentException(
                name + " must be a whole number from " + min + " to " + max + ", not " + value);
    }

    /** {@link #bounded(String, String, long, long, long)} for a page or a page size. */
    public static int bounded(String name, @Nullable String value, int absent, int min, int max) {
        return (int) bounded(name, value, (long) absent, (long) min, (long) max);
    }
}
