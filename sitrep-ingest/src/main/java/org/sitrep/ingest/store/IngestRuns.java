package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.UtcColumns;

/**
 * The record of ingest runs ({@code ingest_runs}) and their reject log ({@code rejects}). A run is
 * {@code running} while it reads, then {@code completed} or {@code failed}; only a completed run makes a file
 * with the same digest "already ingested". {@code accepted_count} holds new and updated records.
 *
 * <p>A run found {@code running} when the store is opened belonged to a process that ended without finishing it
 * (killed, out of disk, crashed: DuckDB lets one process at a time open the file), so it becomes
 * {@code interrupted}: its file was read in part, and the weeks it touched are incomplete until the file is
 * ingested again. A new run of the same content supersedes the interrupted or failed runs before it: their rejects
 * leave the reject log (the new run records them again), so a re-run never doubles it. See
 * {@code docs/adr/009-interrupted-ingest-runs.md}.
 */
public final class IngestRuns {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    public static final String SUPERSEDED = "superseded";

    /** A run that did not finish: its file was read in part. */
    public record UnfinishedRun(long id, String file, String digest, Instant startedAt) {}

    private final Connection connection;

    public IngestRuns(Connection connection) {
        this.connection = connection;
    }

    /** The id of a completed run of an input with this SHA-256 digest, if any. */
    public OptionalLong completedRun(String digest) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Store.SQL.get("find-completed-run"))) {
            statement.setString(1, digest);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Marks the runs left {@code running} by a process that is gone as {@code interrupted}; returns how many. */
    public int markInterrupted() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(Store.SQL.get("mark-interrupted-runs"));
        }
    }

    /**
     * Supersedes the unfinished or failed runs of the same content before {@code runId}: their rejects are deleted
     * and their status becomes {@code superseded}, in one transaction.
     */
    public void supersedeEarlier(String digest, long runId) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String sql : List.of("delete-superseded-rejects", "supersede-runs")) {
                try (PreparedStatement statement = connection.prepareStatement(Store.SQL.get(sql))) {
                    statement.setString(1, digest);
                    statement.setLong(2, runId);
                    statement.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The runs that did not finish (interrupted, or running in this process), oldest first. */
    public List<UnfinishedRun> unfinished() throws SQLException {
        List<UnfinishedRun> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Store.SQL.get("select-unfinished-runs"))) {
            while (rows.next()) {
                result.add(new UnfinishedRun(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        UtcColumns.instant(rows.getTimestamp(4))));
            }
        }
        return result;
    }

    /** The hours (UTC) of the events stored by unfinished runs: the weeks those runs touched, once zoned. */
    public List<Instant> unfinishedEventHours() throws SQLException {
        List<Instant> result = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Store.SQL.get("select-unfinished-run-hours"))) {
            while (rows.next()) {
                result.add(UtcColumns.instant(rows.getTimestamp(1)));
            }
        }
        return result;
    }

    /** Records the start of a run and returns its id. */
    public long start(String file, String digest, @Nullable String format, Instant startedAt) throws SQLException {
        long id;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Store.SQL.get("next-run-id"))) {
            rows.next();
            id = rows.getLong(1);
        }
        try (PreparedStatement statement = connection.prepareStatement(Store.SQL.get("insert-run"))) {
            statement.setLong(1, id);
            statement.setString(2, file);
            statement.setString(3, digest);
            statement.setString(4, format);
            statement.setTimestamp(5, utc(startedAt));
            statement.executeUpdate();
        }
        return id;
    }

    /** Records the end of a run: its format, counts and status ({@link #COMPLETED} or {@link #FAILED}). */
    public void finish(long runId, @Nullable String format, RunCounts counts, String status, Instant finishedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Store.SQL.get("finish-run"))) {
            statement.setString(1, format);
            statement.setTimestamp(2, utc(finishedAt));
            statement.setLong(3, counts.read());
            statement.setLong(4, counts.accepted() + counts.updated());
            statement.setLong(5, counts.duplicate());
            statement.setLong(6, counts.skipped());
            statement.setLong(7, counts.rejected());
            statement.setString(8, status);
            statement.setLong(9, runId);
            statement.executeUpdate();
        }
    }

    /** Appends rejects of a run to the reject log. */
    public void writeRejects(long runId, List<RejectRecord> rejects) throws SQLException {
        if (rejects.isEmpty()) {
            return;
        }
        try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class).createAppender("rejects")) {
            for (RejectRecord reject : rejects) {
                appender.beginRow();
                appender.append(runId);
                appender.append(reject.file());
                appender.append(reject.line());
                Appending.text(appender, reject.field());
                appender.append(reject.code());
                appender.append(reject.detail());
                Appending.text(appender, reject.raw());
                appender.endRow();
            }
        }
    }

    private static Timestamp utc(Instant instant) {
        return UtcColumns.timestamp(instant);
    }
}
