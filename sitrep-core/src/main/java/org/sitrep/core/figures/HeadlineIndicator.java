package org.sitrep.core.figures;

import java.util.List;

/**
 * One headline indicator of a week: this week, last week, the change and the 12 weeks before this one (oldest
 * first, each saying whether it has data) for the assessment's baseline.
 *
 * @param id {@code infected_hosts}, {@code defaced}, … ({@link Headline#id()})
 * @param figureId the figure it shows, e.g. {@code malware.infected_hosts}
 */
public record HeadlineIndicator(
        String id, String figureId, long thisWeek, long lastWeek, Change change, List<WeekValue> previousWeeks) {
    public HeadlineIndicator {
        if (id == null || figureId == null || change == null) {
            throw new IllegalArgumentException("id, figureId and change are required");
        }
        previousWeeks = List.copyOf(previousWeeks);
    }
}
