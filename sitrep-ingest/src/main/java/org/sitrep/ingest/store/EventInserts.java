package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Runs the event writer's inserts one at a time on a thread and a connection of their own, so that the next rows
 * are gathered while DuckDB stores the previous ones. A failed insert fails the next {@link #submit} or
 * {@link #await}.
 */
final class EventInserts implements AutoCloseable {

    private final Connection store;
    private ExecutorService thread;
    private Connection connection;
    private Future<Integer> running;

    EventInserts(Connection store) {
        this.store = store;
    }

    /** Starts inserting the columns' rows, after waiting for the insert before. */
    void submit(EventColumns columns) throws SQLException {
        await();
        if (thread == null) {
            connection = store.unwrap(DuckDBConnection.class).duplicate();
            thread = Executors.newSingleThreadExecutor(runnable ->
                    Thread.ofPlatform().daemon().name("sitrep-event-insert").unstarted(runnable));
        }
        running = thread.submit(() -> columns.insert(connection));
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
            if (thread != null) {
                thread.shutdown();
                awaitTermination();
                connection.close();
                thread = null;
                connection = null;
            }
        }
    }

    private void awaitTermination() {
        try {
            while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                // a native insert cannot be interrupted; it ends by itself
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
