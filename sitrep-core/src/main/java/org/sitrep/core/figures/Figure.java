package org.sitrep.core.figures;

import org.jspecify.annotations.Nullable;

/**
 * One scalar figure of a week: its values this week and last week and the change. Counts are {@code Long}; shares
 * ({@link Unit#PERCENT}) and ratios are unrounded {@code Double}s, {@code null} when undefined (nothing to take a
 * share of).
 *
 * @param id the stable definition id, e.g. {@code malware.infected_hosts}
 */
public record Figure(
        String id,
        Section section,
        Unit unit,
        @Nullable Number thisWeek,
        @Nullable Number lastWeek,
        Change change) {

    public Figure {
        if (id == null || section == null || unit == null || change == null) {
            throw new IllegalArgumentException("id, section, unit and change are required (figure " + id + ")");
        }
    }

    static Figure of(FigureId definition, @Nullable Number thisWeek, @Nullable Number lastWeek) {
        return new Figure(
                definition.id(),
                definition.section(),
                definition.unit(),
                thisWeek,
                lastWeek,
                Change.between(thisWeek, lastWeek));
    }

    /**
     * This week's value as a count; fails for a share or ratio. A count read back from a frozen issue's JSON may be
     * an {@code Integer}: any whole number of a counting unit is a count.
     */
    public long count() {
        Number value = thisWeek;
        boolean whole = value instanceof Long || value instanceof Integer || value instanceof Short;
        if (value == null || !whole || unit == Unit.PERCENT || unit == Unit.RATIO) {
            throw new IllegalStateException(id + " is not a count");
        }
        return value.longValue();
    }
}
