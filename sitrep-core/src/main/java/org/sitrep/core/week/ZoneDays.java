package org.sitrep.core.week;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar days of the week zone, counted as epoch days ({@code 1970-01-01} = 0). A day of the zone lies inside one
 * of its weeks, so an observation keyed by its zone day never straddles the Monday 00:00 that bounds a bulletin
 * week, as a UTC day does east or west of Greenwich (docs/adr/008-dedup-key-zone-day.md).
 */
public final class ZoneDays {

    /** The week zone of {@code spec/bulletin.md} when none is configured. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private ZoneDays() {}

    /** The epoch day of the instant's date in the zone. */
    public static long epochDay(Instant instant, ZoneId zone) {
        int offset = zone.getRules().getOffset(instant).getTotalSeconds();
        return Math.floorDiv(instant.getEpochSecond() + offset, 86_400);
    }

    /** The instant the zone's day begins (00:00, or the first instant of the day on a gap). */
    public static Instant start(long epochDay, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant();
    }
}
