package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.sitrep.core.event.Event;
import org.sitrep.core.week.ZoneDays;

/**
 * Writes derived events to the store, each {@code dedup_key} once: an event whose key the store (or this writer)
 * already holds is counted as a duplicate and not written. New events are gathered in columns and inserted
 * {@value #ROWS_PER_INSERT} at a time (a DuckDB row group, which DuckDB writes straight to the file instead of
 * through its log; fewer when their text passes {@value #TEXT_BYTES_PER_INSERT} bytes) on a thread of their own while the next rows are gathered; {@link #flush} inserts the rest
 * and waits. Counts are final when {@link #write} returns; a failed insert fails the next write or flush
 * (docs/adr/005-event-writes.md).
 */
public final class EventWriter implements AutoCloseable {

    /** DuckDB's row group size. */
    static final int ROWS_PER_INSERT = 122_880;

    /** Text gathered before an insert at the latest, so that large records (1 MB fields) do not fill memory. */
    static final long TEXT_BYTES_PER_INSERT = 128L << 20;

    private final Connection connection;
    private final StoredKeys keys;
    private final ZoneId zone;
    private final BufferAllocator allocator = new RootAllocator();
    private final EventInserts inserts;
    private EventColumns gathering = new EventColumns(allocator);
    private EventColumns inserting = new EventColumns(allocator);

    /**
     * @throws IllegalStateException when the JVM runs without {@code --add-opens=java.base/java.nio=ALL-UNNAMED},
     *     which Arrow's memory needs (the launcher passes it)
     */
    public EventWriter(Store store) {
        this(store, ZoneDays.DEFAULT_ZONE);
    }

    /**
     * @param zone the week zone the events' dedup keys were derived in: a key's day is the zone day of
     *     {@code time.source}, so the keys an event can repeat are those of its zone day
     */
    public EventWriter(Store store, ZoneId zone) {
        this(store, store.eventKeys(), zone);
    }

    EventWriter(Store store, StoredKeys keys) {
        this(store, keys, ZoneDays.DEFAULT_ZONE);
    }

    EventWriter(Store store, StoredKeys keys, ZoneId zone) {
        if (!Object.class.getModule().isOpen("java.nio", EventWriter.class.getModule())) {
            throw new IllegalStateException("the store's event writer needs the JVM option"
                    + " --add-opens=java.base/java.nio=ALL-UNNAMED (the ./sitrep launcher passes it)");
        }
        this.connection = store.connection();
        this.keys = keys;
        this.zone = zone;
        this.inserts = new EventInserts(connection);
    }

    /** Writes a batch of events that went through derivation; {@code runId} is the ingest run they belong to. */
    public WriteCounts write(List<Event> events, long runId) throws SQLException {
        long accepted = 0;
        try {
            for (Event event : events) {
                long day = ZoneDays.epochDay(event.timeSource(), zone);
                if (!keys.holds(day)) {
                    if (keys.wasEvicted(day)) {
                        // rows of the day may still be gathered or being inserted: the store must hold them first
                        insertGathered();
                        inserts.await();
                    }
                    keys.load(connection, day, zone);
                }
                if (keys.add(day, event.derived().dedupKey())) {
                    gathering.add(event, runId);
                    accepted++;
                    if (gathering.size() >= ROWS_PER_INSERT || gathering.textBytes() >= TEXT_BYTES_PER_INSERT) {
                        insertGathered();
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            letGo(e);
            throw e;
        }
        return new WriteCounts(accepted, events.size() - accepted, 0);
    }

    /** Inserts the events gathered and waits until the store holds every event written. */
    public void flush() throws SQLException {
        try {
            insertGathered();
            inserts.close();
        } catch (SQLException | RuntimeException e) {
            letGo(e);
            throw e;
        }
    }

    /**
     * After a failed write: the store may lack keys the cache holds, so they are forgotten, and the insert thread
     * and its connection are let go (a failed insert reports itself again there, as suppressed).
     */
    private void letGo(Exception failure) {
        keys.forget();
        try {
            inserts.close();
        } catch (SQLException | RuntimeException again) {
            if (again != failure) {
                failure.addSuppressed(again);
            }
        }
    }

    /** Hands the gathered rows to the insert thread and gathers into the columns it inserted before. */
    private void insertGathered() throws SQLException {
        if (gathering.size() == 0) {
            return;
        }
        inserts.await();
        EventColumns full = gathering;
        gathering = inserting;
        inserting = full;
        inserts.submit(full);
    }

    /** Frees the columns' memory; events not {@linkplain #flush flushed} are dropped. */
    @Override
    public void close() throws SQLException {
        try {
            inserts.close();
        } finally {
            if (gathering.size() > 0) {
                keys.forget();
            }
            gathering.close();
            inserting.close();
            allocator.close();
        }
    }
}
