package org.sitrep.core.figures;

import java.util.List;

/** A charted figure over the 12 weeks ending with the bulletin's week, oldest first; {@code id} is the figure's. */
public record Series(String id, List<WeekValue> points) {
    public Series {
        if (id == null) {
            throw new IllegalArgumentException("id is required");
        }
        points = List.copyOf(points);
    }
}
