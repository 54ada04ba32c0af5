package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.store.WriteCounts;

class WriteQueueTest {

    @Test
    void writesRunInOrderOnTheirOwnThreadAndEveryCountIsReportedOnce() throws SQLException {
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        WriteCounts reported = WriteCounts.NONE;
        try (WriteQueue queue = new WriteQueue()) {
            for (int i = 1; i <= 10; i++) {
                int batch = i;
                reported = reported.plus(queue.submit(() -> {
                    order.add(batch);
                    threads.add(Thread.currentThread().getName());
                    return new WriteCounts(batch, 1, 0);
                }));
            }
            reported = reported.plus(queue.drain());
        }

        assertThat(order).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(threads).containsOnly("sitrep-store-writer");
        // accepted 1 + 2 + … + 10 = 55, one duplicate per write
        assertThat(reported).isEqualTo(new WriteCounts(55, 10, 0));
    }

    @Test
    void aFailedWriteFailsTheDrain() {
        try (WriteQueue queue = new WriteQueue()) {
            assertThatThrownBy(() -> {
                        queue.submit(() -> {
                            throw new SQLException("disk full");
                        });
                        queue.drain();
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessage("disk full");
        }
    }
}
