package org.sitrep.core.assessment;

import java.util.Objects;

/**
 * A threat area and its weight this week: the sum of its contributions (see {@link ThreatArea}).
 *
 * @param active whether the area saw anything this week (a count above zero); an area without activity is never
 *     named ahead of one with activity, whatever its weight
 */
public record ThreatWeight(ThreatArea area, double weight, boolean active) {
    public ThreatWeight {
        Objects.requireNonNull(area, "area is required");
    }
}
