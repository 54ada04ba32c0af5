package org.sitrep.core.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The store's one convention for time: {@code TIMESTAMP} columns hold UTC wall time (no zone), in every engine.
 * Converting here, and only here, keeps the JVM's default zone out of every read and write.
 */
public final class UtcColumns {

    private UtcColumns() {}

    public static LocalDateTime value(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }

    public static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(value(instant));
    }

    public static Instant instant(Timestamp timestamp) {
        return instant(timestamp.toLocalDateTime());
    }
}
