package org.sitrep.ingest.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.week.IsoWeek;

/**
 * What the generator wrote for one week.
 *
 * @param events event lines per kind, re-deliveries and second-feed copies included
 * @param vulnerabilities records published in the week
 * @param cases cases reported in the week
 */
public record WeekCounts(
        IsoWeek week, Path eventsFile, Map<BulletinKind, Long> events, long vulnerabilities, long cases) {

    public WeekCounts {
        Objects.requireNonNull(week, "week is required");
        Objects.requireNonNull(eventsFile, "eventsFile is required");
        events = Collections.unmodifiableMap(new EnumMap<>(events));
    }

    public long events(BulletinKind kind) {
        return events.getOrDefault(kind, 0L);
    }

    /** All event lines of the week. */
    public long totalEvents() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }
}
