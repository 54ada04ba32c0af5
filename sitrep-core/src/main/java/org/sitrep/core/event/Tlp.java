package org.sitrep.core.event;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Traffic Light Protocol 2.0 labels; the 1.0 name WHITE is read as CLEAR and never written. */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    AMBER_STRICT,
    RED;

    /** Reads {@code TLP:AMBER+STRICT}, {@code amber+strict}, {@code WHITE}, … ; empty when not a TLP label. */
    public static Optional<Tlp> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String label = text.trim().toUpperCase(Locale.ROOT);
        if (label.startsWith("TLP:")) {
            label = label.substring(4);
        }
        return switch (label) {
            case "CLEAR", "WHITE" -> Optional.of(CLEAR);
            case "GREEN" -> Optional.of(GREEN);
            case "AMBER" -> Optional.of(AMBER);
            case "AMBER+STRICT", "AMBER_STRICT" -> Optional.of(AMBER_STRICT);
            case "RED" -> Optional.of(RED);
            default -> Optional.empty();
        };
    }

    /** The label as IntelMQ's {@code tlp} field writes it: {@code AMBER+STRICT}, {@code CLEAR}. */
    public String label() {
        return this == AMBER_STRICT ? "AMBER+STRICT" : name();
    }
}
