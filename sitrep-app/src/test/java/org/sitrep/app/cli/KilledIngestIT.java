package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash campaign's core, in every test run: an ingest in a child JVM is killed with {@code kill -9} at seeded
 * random moments, again and again on one store, and a plain re-run then gives exactly the store a clean ingest
 * gives: the same events, the same reject log (none doubled), no run left unfinished.
 */
class KilledIngestIT {

    private static final long SEED = 21;
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void killedIngestsThenARerunGiveTheCleanStore() throws Exception {
        List<Path> feeds = List.of(feed("a.jsonl", 0, 30_000), feed("b.jsonl", 20_000, 30_000));
        Path clean = dir.resolve("clean");
        Path killed = dir.resolve("killed");

        long started = System.nanoTime();
        ChildSitrep.Result help = ChildSitrep.command(dir, List.of("formats"), -1);
        long startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(help.exit()).as(help.output()).isZero();
        started = System.nanoTime();
        ChildSitrep.Result first = ChildSitrep.run(clean, feeds);
        long ingestMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) - startupMillis;
        assertThat(first.exit()).as(first.output()).isZero();

        // The moments fall in the ingest's first 70 %, as measured on the clean run; should the machine's load let a
        // child finish first anyway, the chain of kills starts again on an empty store, with earlier moments.
        Random random = new Random(SEED);
        double reach = 0.7;
        int kills = 0;
        for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
            long moment = startupMillis + (long) (ingestMillis * reach * random.nextDouble());
            ChildSitrep.Result result = ChildSitrep.runKilledAfter(killed, feeds, moment);
            if (result.killed()) {
                kills++;
            } else {
                kills = 0;
                reach *= 0.6;
                deleteTree(killed);
            }
        }
        ChildSitrep.Result last = ChildSitrep.run(killed, feeds);

        assertThat(kills).as("kills in a row before the re-run").isEqualTo(KILLS);
        assertThat(last.exit()).as(last.output()).isZero();
        assertThat(rows(killed, "SELECT * EXCLUDE (ingest_run) FROM events ORDER BY ALL"))
                .isEqualTo(rows(clean, "SELECT * EXCLUDE (ingest_run) FROM events ORDER BY ALL"));
        assertThat(rows(killed, "SELECT * EXCLUDE (run_id) FROM rejects ORDER BY ALL"))
                .isEqualTo(rows(clean, "SELECT * EXCLUDE (run_id) FROM rejects ORDER BY ALL"));
        assertThat(rows(killed, "SELECT count(*) FROM ingest_runs WHERE status IN ('running', 'interrupted')"))
                .containsExactly("0");
        assertThat(rows(killed, "SELECT file, status FROM ingest_runs WHERE status = 'completed' ORDER BY file"))
                .hasSize(2);
        assertThat(Long.parseLong(rows(killed, "SELECT count(*) FROM ingest_runs WHERE status = 'superseded'")
                        .getFirst()))
                .as("runs cut part-way through a file and completed by a later run")
                .isGreaterThanOrEqualTo(KILLS / 3);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** IntelMQ JSON lines: {@code count} events from {@code from}, every 97th line not JSON (a reject). */
    private Path feed(String name, int from, int count) throws IOException {
        List<String> lines = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            if (i % 97 == 0) {
                lines.add("broken line " + i);
                continue;
            }
            lines.add(
                    "{\"time.source\":\"2024-11-%02dT%02d:%02d:00Z\",\"feed.name\":\"test-feed\",\"classification.type\":\"infected-system\",\"classification.identifier\":\"mirai\",\"source.ip\":\"198.51.%d.%d\",\"source.geolocation.cc\":\"CN\"}"
                            .formatted(4 + i % 7, i % 24, i % 60, i / 250 % 250, i % 250));
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** Every row of a query over a store, each as its columns' text joined by tabs. */
    static List<String> rows(Path data, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.append(column == 1 ? "" : "\t").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
