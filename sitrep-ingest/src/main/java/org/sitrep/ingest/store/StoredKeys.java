package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.ZoneDays;

/**
 * The dedup keys of the store's events, by the week zone's day of {@code time.source}. The day is part of the key
 * ({@code DedupKey}), so an event can only repeat one of its own day: a day's keys are read from the store the first
 * time an event of that day is written, and every key written after is added. At most {@code capacity} keys are
 * held; past that the days written to least recently are dropped and read again when needed, so memory is bounded
 * whatever the input's order (a single day larger than the capacity is still held whole).
 *
 * <p>The keys are right only while every event written to the store goes through this object: one per open
 * {@link Store} (docs/adr/005-event-writes.md).
 */
final class StoredKeys {

    private final long capacity;
    private final Map<Long, KeySet> days = new LinkedHashMap<>(64, 0.75f, true);
    private final KeySet evicted = new KeySet(64);
    private long held;
    private long lastDay = Long.MIN_VALUE;
    private @Nullable KeySet lastKeys;
    private @Nullable ZoneId zone;

    StoredKeys(long capacity) {
        this.capacity = capacity;
    }

    /**
     * A capacity of one key per 256 bytes of the largest heap: a million keys (16–32 MB, and twice that while a
     * day's set grows) in 256 MB, 24 million in the default heap of a 24 GB machine.
     */
    static StoredKeys sizedForHeap() {
        return new StoredKeys(Math.max(100_000, Runtime.getRuntime().maxMemory() / 256));
    }

    /** Whether the keys of the day are held (else {@link #load} them first). */
    boolean holds(long epochDay) {
        return epochDay == lastDay || days.containsKey(epochDay);
    }

    /**
     * Whether the day's keys were held once and dropped: events of that day written since may not be in the store
     * yet, and must be before the day is {@linkplain #load read again}.
     */
    boolean wasEvicted(long epochDay) {
        return evicted.contains(epochDay);
    }

    /** Reads the keys of a day from the store; the least recently written days go when the capacity is passed. */
    void load(Connection connection, long epochDay, ZoneId zone) throws SQLException {
        if (!zone.equals(this.zone)) {
            forget(); // days of another zone hold other keys
            this.zone = zone;
        }
        KeySet loaded = read(connection, epochDay, zone);
        if (lastKeys != null) {
            days.get(lastDay); // the day written to last counts as recently used, though its writes skipped the map
        }
        days.put(epochDay, loaded);
        held += loaded.size();
        evictBeyondCapacity(epochDay);
    }

    /** Adds the key of an event whose {@code time.source} falls on a day held; {@code false} when already held. */
    boolean add(long epochDay, long key) {
        KeySet keys = epochDay == lastDay ? lastKeys : days.get(epochDay);
        if (keys == null) {
            throw new IllegalStateException("the keys of day " + epochDay + " are not loaded");
        }
        lastDay = epochDay; // most events follow one of their own day: skip the map (and the boxing) for them
        lastKeys = keys;
        if (keys.add(key)) {
            held++;
            return true;
        }
        return false;
    }

    /** Forgets every key (after a failed write, when the store may hold fewer than were added). */
    void forget() {
        lastDay = Long.MIN_VALUE;
        lastKeys = null;
        days.clear();
        evicted.clear();
        held = 0;
    }

    long held() {
        return held;
    }

    private void evictBeyondCapacity(long keep) {
        Iterator<Map.Entry<Long, KeySet>> eldest = days.entrySet().iterator();
        while (held > capacity && eldest.hasNext()) {
            Map.Entry<Long, KeySet> day = eldest.next();
            if (day.getKey() != keep) {
                held -= day.getValue().size();
                evicted.add(day.getKey());
                if (day.getKey() == lastDay) {
                    lastDay = Long.MIN_VALUE;
                    lastKeys = null;
                }
                eldest.remove();
            }
        }
    }

    private static KeySet read(Connection connection, long epochDay, ZoneId zone) throws SQLException {
        KeySet keys = new KeySet(1024);
        try (PreparedStatement select = connection.prepareStatement(Store.SQL.get("select-day-keys"))) {
            select.setObject(1, UtcColumns.value(ZoneDays.start(epochDay, zone)));
            select.setObject(2, UtcColumns.value(ZoneDays.start(epochDay + 1, zone)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
        }
        return keys;
    }
}
