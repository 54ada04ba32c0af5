package org.sitrep.app.weeks;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.core.week.IsoWeek;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * A week's figures document, computed once per state of the store: clients asking for the same week meanwhile wait
 * for that one computation instead of each running the figures' statements (tens of seconds under load, see
 * docs/benchmarks.md). Whatever writes events in the server says so ({@link #storeChanged()}); a document computed
 * while the store changed is not served afterwards.
 */
@Component
public final class FigureCache {

    /** Computes a week's document. */
    interface Computation {
        ObjectNode compute() throws SQLException;
    }

    private record Entry(long generation, CompletableFuture<ObjectNode> document) {}

    private static final int MAX_WEEKS = 200;

    private final ConcurrentHashMap<IsoWeek, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    ObjectNode get(IsoWeek week, Computation computation) throws SQLException {
        long current = generation.get();
        CompletableFuture<ObjectNode> mine = new CompletableFuture<>();
        Entry entry = entries.compute(
                week, (key, old) -> old != null && old.generation() == current ? old : new Entry(current, mine));
        if (entry.document() == mine) {
            if (entries.size() > MAX_WEEKS) {
                entries.keySet().removeIf(other -> !other.equals(week));
            }
            try {
                mine.complete(computation.compute());
            } catch (SQLException | RuntimeException failure) {
                entries.remove(week, entry);
                mine.completeExceptionally(failure);
                throw failure;
            }
        }
        try {
            return entry.document().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof SQLException store) {
                throw store;
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }

    /** Events were written: every document computed so far may be out of date. */
    public void storeChanged() {
        generation.incrementAndGet();
        entries.clear();
    }
}
