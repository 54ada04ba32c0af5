package org.sitrep.core.assessment;

import java.util.Objects;

/** The overview section's three sentences in one language ({@code spec/bulletin.md} §1). */
public record Sentences(String rating, String infrastructure, String mainThreats) {
    public Sentences {
        Objects.requireNonNull(rating, "rating is required");
        Objects.requireNonNull(infrastructure, "infrastructure is required");
        Objects.requireNonNull(mainThreats, "mainThreats is required");
    }
}
