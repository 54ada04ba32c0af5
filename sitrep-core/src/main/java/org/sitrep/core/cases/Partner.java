package org.sitrep.core.cases;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An organisation asked to act on a case. {@code country} is ISO 3166-1 alpha-2, or {@code null} if unknown. */
public record Partner(
        String name, PartnerKind kind, @Nullable String country) {
    public Partner {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("partner name is required");
        }
        Objects.requireNonNull(kind, "partner kind is required");
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("partner country must be two upper-case letters, was: " + country);
        }
    }
}
