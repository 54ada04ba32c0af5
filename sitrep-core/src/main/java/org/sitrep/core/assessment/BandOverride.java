package org.sitrep.core.assessment;

import java.time.Instant;
import java.util.Objects;

/** An analyst's decision to publish another band than the computed one, with the reason for it. */
public record BandOverride(Band band, String reason, String analyst, Instant at) {
    public BandOverride {
        Objects.requireNonNull(band, "band is required");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required for an override");
        }
        if (analyst == null || analyst.isBlank()) {
            throw new IllegalArgumentException("analyst is required for an override");
        }
        Objects.requireNonNull(at, "at is required");
    }
}
