package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.Store;

/**
 * A disk that fills up during an ingest: the store lives on a small tmpfs (mounted by the test, so only where the
 * test may mount: as root on Linux). The ingest fails with the input file named, and once the disk has room again a
 * re-run gives exactly the store a clean ingest gives.
 */
class FullDiskIT {

    private static final int EVENTS = 150_000;

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsWithTheFileNamedAndARerunRecoversExactly() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeThat(mount(disk, "size=8m")).as("a tmpfs can be mounted here").isTrue();
        try {
            Path feed = feed();
            Path full = disk.resolve("data");
            try (Store store = Store.open(full)) {
                assertThatThrownBy(() -> IngestPipeline.withDefaults(store).ingest(List.of(feed)))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith(feed + ": the store could not be written")
                        .message()
                        .doesNotContain("\n");
            } catch (SQLException closingAnInvalidatedStore) {
                // DuckDB may refuse even to close a database whose write failed; the file is what counts
            }
            assertThat(remount(disk, "size=400m")).isTrue();

            try (Store store = Store.open(full)) {
                assertThat(new IngestRuns(store.connection()).unfinished()).hasSize(1);
                FileSummary rerun = IngestPipeline.withDefaults(store)
                        .ingest(List.of(feed))
                        .files()
                        .getFirst();
                assertThat(rerun.status()).isEqualTo(FileSummary.Status.COMPLETED);
                assertThat(new IngestRuns(store.connection()).unfinished()).isEmpty();
                try (Store clean = Store.open(dir.resolve("clean"))) {
                    IngestPipeline.withDefaults(clean).ingest(List.of(feed));
                    String events = "SELECT * EXCLUDE (ingest_run) FROM events ORDER BY ALL";
                    assertThat(rows(store, events))
                            .hasSize(EVENTS - (EVENTS + 100) / 101)
                            .isEqualTo(rows(clean, events));
                    String rejects = "SELECT * EXCLUDE (run_id) FROM rejects ORDER BY ALL";
                    assertThat(rows(store, rejects)).isEqualTo(rows(clean, rejects));
                }
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private Path feed() throws IOException {
        Path file = dir.resolve("large.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < EVENTS; i++) {
                out.write(i % 101 == 0 ? "not json " + i : event(i));
                out.write('\n');
            }
        }
        return file;
    }

    /** Event {@code i}: its own address, so that no two are duplicates. */
    private static String event(int i) {
        return ("{\"time.source\":\"2024-11-%02dT%02d:00:00Z\",\"feed.name\":\"full-disk\","
                        + "\"classification.type\":\"infected-system\",\"classification.identifier\":\"mirai\","
                        + "\"source.ip\":\"10.%d.%d.%d\",\"extra.note\":\"event %d\"}")
                .formatted(4 + i % 7, i % 24, i >> 16, (i >> 8) & 255, i & 255, i);
    }

    private static List<String> rows(Store store, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = store.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(result.getString(column)).append('\t');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static boolean mount(Path at, String options) throws InterruptedException {
        return run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
    }

    private static boolean remount(Path at, String options) throws InterruptedException {
        return run("mount", "-o", "remount," + options, at.toString());
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor() == 0;
        } catch (IOException notThere) {
            return false;
        }
    }
}
