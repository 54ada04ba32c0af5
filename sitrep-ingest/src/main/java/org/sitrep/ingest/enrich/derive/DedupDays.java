package org.sitrep.ingest.enrich.derive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.ZoneDays;

/**
 * Keeps the stored events' dedup keys in the zone new events are keyed in: when the store's keys were made in
 * another zone (every store before schema version 5 made them by UTC day), each event whose day differs between
 * the two zones gets the key {@link DedupKey} gives it now, the events that then share a key (one observation of
 * one zone day) keep the earliest, and the store records the zone, when, and both counts in {@code dedup_days}
 * (docs/adr/008-dedup-key-zone-day.md). One transaction: a failure leaves the store as it was.
 */
public final class DedupDays {

    private static final SqlResources SQL = new SqlResources(DedupDays.class, "duckdb");

    private DedupDays() {}

    /** What re-keying did; {@link #NONE} when the keys were already in the zone. */
    public record Rekeyed(@Nullable String fromZone, long rekeyed, long merged) {
        public static final Rekeyed NONE = new Rekeyed(null, 0, 0);
    }

    /** Brings the stored keys to {@code zone}'s days, unless they are already. */
    public static Rekeyed align(Connection connection, ZoneId zone, Clock clock) throws SQLException {
        ZoneId stored = storedZone(connection);
        if (stored.getId().equals(zone.getId())) {
            return Rekeyed.NONE;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SQL.get("create-rekeyed-events"));
            long rekeyed = rekey(connection, stored, zone);
            statement.executeUpdate(SQL.get("update-rekeyed-events"));
            long merged = statement.executeUpdate(SQL.get("delete-repeated-events"));
            statement.execute(SQL.get("drop-rekeyed-events"));
            try (PreparedStatement update = connection.prepareStatement(SQL.get("update-dedup-zone"))) {
                update.setString(1, zone.getId());
                update.setObject(2, UtcColumns.value(clock.instant()));
                update.setLong(3, rekeyed);
                update.setLong(4, merged);
                update.executeUpdate();
            }
            connection.commit();
            return new Rekeyed(stored.getId(), rekeyed, merged);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static ZoneId storedZone(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SQL.get("select-dedup-zone"))) {
            if (!rows.next()) {
                throw new IllegalStateException("the store has no dedup_days row (schema version 5)");
            }
            return ZoneId.of(rows.getString(1));
        }
    }

    /** Stages the new key of every event whose day differs between the zones; returns how many. */
    private static long rekey(Connection connection, ZoneId from, ZoneId to) throws SQLException {
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(SQL.get("select-events-to-rekey"));
                DuckDBAppender appender =
                        connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "rekeyed_events")) {
            while (rows.next()) {
                Instant time = UtcColumns.instant(rows.getObject("time_source", LocalDateTime.class));
                long day = ZoneDays.epochDay(time, to);
                if (day == ZoneDays.epochDay(time, from)) {
                    continue; // the same date in both zones: the same key
                }
                String kind = rows.getString("kind");
                long key = DedupKey.of(
                        kind == null ? null : BulletinKind.fromId(kind).orElse(null),
                        rows.getString("classification_type"),
                        rows.getString("classification_identifier"),
                        rows.getString("source_ip"),
                        rows.getString("source_url"),
                        rows.getString("source_fqdn"),
                        rows.getString("destination_ip"),
                        day);
                appender.beginRow().append(rows.getLong("row_id")).append(key).endRow();
                count++;
            }
        }
        return count;
    }
}
