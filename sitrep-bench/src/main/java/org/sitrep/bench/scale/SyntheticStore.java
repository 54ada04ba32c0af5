package org.sitrep.bench.scale;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.Store;

/**
 * Builds a DuckDB store of N synthetic events directly in SQL, for measuring the figures at 10⁶–10⁸ events
 * without spending hours in ingest. The rows have the shape the figures read (kinds, sites, hosts, derived
 * columns); ingest speed is measured separately.
 */
public final class SyntheticStore {

    private static final long CHUNK = 5_000_000;

    private SyntheticStore() {}

    /**
     * Creates (or reuses, when it already holds {@code events} rows) the store in {@code dataDir}, opened with the
     * store's own settings ({@link Store#jdbcUrl}: threads, memory limit) so that the figures are measured as Sitrep
     * runs them.
     */
    public static Connection open(Path dataDir, long events, IsoWeek lastWeek, ZoneId zone) throws SQLException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connection connection = DriverManager.getConnection(Store.jdbcUrl(dataDir));
        Migrations.migrate(connection);
        long present = count(connection);
        if (present == events) {
            return connection;
        }
        if (present != 0) {
            throw new IllegalStateException(dataDir + " holds " + present + " events, not " + events + ": remove it");
        }
        String sql = read("fill-events.sql");
        Timestamp end = UtcColumns.timestamp(lastWeek.end(zone));
        for (long from = 0; from < events; from += CHUNK) {
            long to = Math.min(events, from + CHUNK);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setTimestamp(1, end);
                statement.setLong(2, from);
                statement.setLong(3, to);
                statement.executeUpdate();
            }
            System.err.printf("  filled %,d of %,d events%n", to, events);
        }
        return connection;
    }

    private static long count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM events")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String read(String name) {
        try (InputStream in = SyntheticStore.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
