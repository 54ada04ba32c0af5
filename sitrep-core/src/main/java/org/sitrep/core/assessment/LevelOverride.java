package org.sitrep.core.assessment;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's decision to publish another vulnerability threat level than the computed one, e.g. the level the
 * vulnerability database itself published for the week, with the reason for it. Kept like a {@link BandOverride}.
 */
public record LevelOverride(VulnerabilityLevel level, String reason, String analyst, Instant at) {
    public LevelOverride {
        Objects.requireNonNull(level, "level is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required for an override");
        }
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("analyst is required for an override");
        }
        Objects.requireNonNull(at, "at is required");
    }
}
