package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Runs the event writer's inserts one at a time on a thread and a connection of their own, so that the next rows
 * are gathered while DuckDB stores the previous ones. A failed insert fails the next {@link #submit} or
 * {@link #await}.
 */
final class EventInserts implements AutoCloseable {

    private final Connection store;
    private @Nullable ExecutorService thread;
    private @Nullable Connection connection;
    private @Nullable Future<Integer> running;

    EventInserts(Connection store) {
        this.store = store;
    }

    /** Starts inserting the columns' rows, after waiting for the insert before. */
    void submit(EventColumns columns) throws SQLException {
        await();
        ExecutorService inserter = thread;
        Connection insertConnection = connection;
        if (inserter == null || insertConnection == null) {
            insertConnection = store.unwrap(DuckDBConnection.class).duplicate();
            inserter = Executors.newSingleThreadExecutor(runnable ->
                    Thread.ofPlatform().daemon().name("sitrep-event-insert").unstarted(runnable));
            connection = insertConnection;
            thread = inserter;
        }
        Connection target = insertConnection;
        running = inserter.submit(() -> columns.insert(target));
    }

    /** Waits until the insert running, if any, has stored its rows. */
    void await() throws SQLException {
        if (running == null) {
            return;
        }
        Future<Integer> insert = running;
        running = null;
        try {
            insert.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while events were being stored", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException("storing events failed", e.getCause());
        }
    }

    /** Waits for the running insert and releases the thread and the connection. */
    @Override
    public void close() throws SQLException {
        try {
            await();
        } finally {
            ExecutorService inserter = thread;
            Connection insertConnection = connection;
            thread = null;
            connection = null;
            if (inserter != null) {
                inserter.shutdown();
                awaitTermination(inserter);
            }
            if (insertConnection != null) {
                insertConnection.close();
            }
        }
    }

    private static void awaitTermination(ExecutorService inserter) {
        try {
            while (!inserter.awaitTermination(1, TimeUnit.SECONDS)) {
                // a native insert cannot be interrupted; it ends by itself
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
