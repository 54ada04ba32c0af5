package org.sitrep.core.assessment;

import java.util.Objects;

/** A threat area and its weight this week: the sum of its contributions (see {@link ThreatArea}). */
public record ThreatWeight(ThreatArea area, double weight) {
    public ThreatWeight {
        Objects.requireNonNull(area, "area is required");
    }
}
