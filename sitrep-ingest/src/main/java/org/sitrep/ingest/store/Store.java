package org.sitrep.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.store.SqlResources;

/**
 * The embedded store: the DuckDB file {@code <dataDir>/sitrep.duckdb}, migrated to the current schema when opened.
 * DuckDB fixes a database's options with its first connection in a JVM, so every connection to the file (this
 * one, a pool, a side connection) must use {@link #jdbcUrl(Path)}.
 */
public final class Store implements AutoCloseable {

    /** The store's file name inside the data directory. */
    public static final String FILE_NAME = "sitrep.duckdb";

    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    static final SqlResources SQL = new SqlResources(Store.class, "duckdb");

    private final Path dataDir;
    private final Connection connection;
    private final StoredKeys eventKeys = StoredKeys.sizedForHeap();

    private Store(Path dataDir, Connection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the store in the data directory and brings it to the current schema; ingest runs
     * left running by a process that ended become interrupted ({@link IngestRuns}).
     */
    public static Store open(Path dataDir) throws SQLException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        Connection connection = connect(dataDir);
        try {
            Migrations.migrate(connection);
            new IngestRuns(connection).markInterrupted();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return new Store(dataDir, connection);
    }

    /**
     * Connects to the store's file; when another process holds it, says so in Sitrep's words ({@link
     * StoreBusyException}) instead of DuckDB's lock text.
     */
    private static Connection connect(Path dataDir) throws SQLException {
        try {
            return DriverManager.getConnection(jdbcUrl(dataDir));
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Could not set lock")) {
                throw e;
            }
            Matcher pid = LOCK_HOLDER.matcher(message);
            throw new StoreBusyException(dataDir, pid.find() ? Long.parseLong(pid.group(1)) : null, e);
        }
    }

    /**
     * The one JDBC URL of the store in a data directory, with every option: at most two DuckDB threads (machines
     * running Sitrep also run its web server) and a memory limit, so that a large ingest spills to disk instead of
     * growing without bound. The checkpoint threshold is raised from DuckDB's 16 MB: an ingest batch writes tens of
     * megabytes to the write-ahead log, and a checkpoint after nearly every batch (compressing row groups and
     * writing the primary-key index again) was most of the write time (docs/benchmarks.md, "Ingest").
     */
    public static String jdbcUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        return "jdbc:duckdb:" + file + ";threads=2;memory_limit=1GB;checkpoint_threshold=256MB";
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The store's connection, shared by its writers; callers must not close it. */
    public Connection connection() {
        return connection;
    }

    /** The dedup keys of the stored events, shared by every {@link EventWriter} of this store. */
    StoredKeys eventKeys() {
        return eventKeys;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
