package org.sitrep.ingest.pipeline;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.ingest.store.WriteCounts;

/**
 * Runs a file's store writes on one thread of their own, in the order submitted, while the reading thread parses
 * and enriches the next batch. At most {@value #IN_FLIGHT} write is queued or running, so memory holds two batches:
 * the one being written and the one being filled (a 64 MB heap still streams). A write that fails fails the next {@link #submit} or {@link #drain}. Every use of the store's
 * connection during a file goes through here, so the connection is never used by two threads at once.
 */
final class WriteQueue implements AutoCloseable {

    /** Store work that reports what it wrote. */
    @FunctionalInterface
    interface Write {
        WriteCounts run() throws SQLException;
    }

    private static final int IN_FLIGHT = 1;

    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().daemon().name("sitrep-store-writer").unstarted(runnable));
    private final Semaphore slots = new Semaphore(IN_FLIGHT);
    private final Deque<Future<WriteCounts>> pending = new ArrayDeque<>();

    /** Queues a write, waiting while {@value #IN_FLIGHT} are ahead; returns the counts of writes finished since. */
    WriteCounts submit(Write write) throws SQLException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the store writer", e);
        }
        pending.add(writer.submit(() -> {
            try {
                return write.run();
            } finally {
                slots.release();
            }
        }));
        return collect(false);
    }

    /** Waits for every queued write; returns the counts of those not yet reported. */
    WriteCounts drain() throws SQLException {
        return collect(true);
    }

    private WriteCounts collect(boolean wait) throws SQLException {
        WriteCounts counts = WriteCounts.NONE;
        while (!pending.isEmpty() && (wait || pending.peek().isDone())) {
            counts = counts.plus(result(pending.poll()));
        }
        return counts;
    }

    private static WriteCounts result(Future<WriteCounts> future) throws SQLException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the store writer", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(e.getCause());
        }
    }

    /** Drops writes not yet started and waits for the running one, so the connection is free afterwards. */
    @Override
    public void close() {
        writer.shutdownNow();
        try {
            while (!writer.awaitTermination(1, TimeUnit.SECONDS)) {
                // a native write cannot be interrupted; it ends by itself
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
