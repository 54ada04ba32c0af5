package org.sitrep.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Test;

class Utf8ColumnTest {

    private static String value(int row) {
        return row % 3 == 0 ? null : "值-" + row + "x".repeat(row % 50);
    }

    @Test
    void holdsEveryValueAndNullPastSeveralGrowths() {
        try (BufferAllocator allocator = new RootAllocator()) {
            Utf8Column column = new Utf8Column("text", allocator);
            for (int round = 0; round < 2; round++) { // a second round after sealing starts empty again
                int rows = 10_000 + round;
                long bytes = 0;
                for (int row = 0; row < rows; row++) {
                    bytes += column.append(row, value(row));
                }
                column.seal();
                assertThat(column.vector().getValueCount()).isEqualTo(rows);
                assertThat(column.vector().getNullCount()).isEqualTo((rows + 2) / 3);
                for (int row = 0; row < rows; row++) {
                    Object stored = column.vector().getObject(row);
                    assertThat(stored == null ? null : stored.toString()).isEqualTo(value(row));
                }
                assertThat(bytes).isEqualTo(column.vector().getEndOffset(rows - 1));
                column.clear();
            }
            assertThat(allocator.getAllocatedMemory()).isZero();
        }
    }

    @Test
    void refusesRowsOutOfOrder() {
        try (BufferAllocator allocator = new RootAllocator()) {
            Utf8Column column = new Utf8Column("text", allocator);
            column.append(0, "a");
            assertThatThrownBy(() -> column.append(2, "c")).hasMessageContaining("expected 1, got 2");
            column.clear();
        }
    }
}
