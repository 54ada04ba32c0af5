package org.sitrep.core.cases;

import java.util.Locale;
import java.util.Optional;

/** Reads the kebab-case ids of this package's enums ({@code cloud-provider} → {@code CLOUD_PROVIDER}). */
final class Enums {
    private Enums() {}

    static <E extends Enum<E>> Optional<E> fromId(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
