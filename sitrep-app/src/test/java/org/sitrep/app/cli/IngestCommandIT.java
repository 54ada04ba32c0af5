package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandIT {

    @TempDir
    Path dir;

    private final SitrepRun sitrep = SitrepRun.inData(() -> dir.resolve("data"));

    private static String event(int i) {
        return "{\"time.source\":\"2026-11-23T08:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"phishing\","
                + "\"source.url\":\"http://login" + i + ".example.com/\"}";
    }

    @Test
    void printsTheSummaryAndTheRejectsWithFileLineFieldAndReason() throws Exception {
        Path file = Files.write(
                dir.resolve("events.jsonl"),
                List.of(event(1), "{\"feed.name\":\"f\",\"time.source\":\"2026-11-23T08:00:00Z\"}", event(2)));

        int exit = sitrep.run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(sitrep.out())
                .contains("events.jsonl: 3 read, 2 accepted, 0 duplicate, 0 skipped, 1 rejected [intelmq-jsonl]")
                .contains("events.jsonl:2 classification.type — classification.type is required [missing-field]")
                .contains("total: 1 file, 3 read, 2 accepted, 0 duplicate, 0 skipped, 1 rejected");
    }

    @Test
    void listsTwentyRejectsThenCountsTheRest() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(event(i));
        }
        for (int i = 0; i < 25; i++) {
            lines.add("not json " + i);
        }
        Path file = Files.write(dir.resolve("noisy.jsonl"), lines);

        int exit = sitrep.run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(sitrep.out())
                .contains("noisy.jsonl:31 record — not a JSON object: not json 0 [bad-json]")
                .contains("noisy.jsonl:50 record")
                .doesNotContain("noisy.jsonl:51 ")
                .contains("… and 5 more");
    }

    @Test
    void exitsWithOneWhenAFileFailsItsRejectRatio() throws Exception {
        Path file = Files.write(dir.resolve("bad.jsonl"), List.of(event(1), "x", "y"));

        int exit = sitrep.run("ingest", "--max-reject-ratio", "0.5", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(sitrep.out()).contains("FAILED: 2 of 3 records rejected");
    }

    @Test
    void exitsWithTwoForUsageErrors() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(sitrep.run("ingest", "--format", "nope", file.toString())).isEqualTo(2);
        assertThat(sitrep.err())
                .contains("unknown format nope; known formats: ")
                .contains("intelmq-csv, intelmq-jsonl");
        assertThat(sitrep.run("ingest", dir.resolve("missing.jsonl").toString()))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("no such file or directory");
        assertThat(sitrep.run("ingest")).isEqualTo(2);
    }

    @Test
    void aCommandThatFailsBeforeWritingLeavesNoStoreBehind() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(sitrep.run("ingest", "--format", "nope", file.toString())).isEqualTo(2);
        assertThat(sitrep.run("ingest", dir.resolve("missing.jsonl").toString()))
                .isEqualTo(2);
        assertThat(sitrep.run(
                        "ingest", file.toString(), dir.resolve("missing.jsonl").toString()))
                .isEqualTo(2);

        assertThat(dir.resolve("data").resolve("sitrep.duckdb")).doesNotExist();
    }

    @Test
    void printsTheResultAsJsonOnStandardOutputAndProgressOnStandardError() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1), event(2), "garbage"));

        assertThat(sitrep.run("ingest", "--json", file.toString())).isZero();

        tools.jackson.databind.JsonNode result =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(sitrep.out());
        assertThat(result.get("totals").get("accepted").asLong()).isEqualTo(2);
        assertThat(result.get("totals").get("rejected").asLong()).isEqualTo(1);
        assertThat(result.get("failed").asBoolean()).isFalse();
        tools.jackson.databind.JsonNode first = result.get("files").get(0);
        assertThat(first.get("format").asString()).isEqualTo("intelmq-jsonl");
        assertThat(first.get("status").asString()).isEqualTo("completed");
        assertThat(first.get("firstRejects").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(first.get("firstRejects").get(0).get("code").asString()).isEqualTo("bad-json");
        assertThat(sitrep.err()).contains("e.jsonl");
    }

    @Test
    void aSecondRunOfTheSameFileAddsNothing() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));
        sitrep.run("ingest", file.toString());

        int exit = sitrep.run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(sitrep.out()).contains("e.jsonl: already ingested (run 1), nothing added");
    }

    @Test
    void rejectsEventsOutsideTheConfiguredTimeWindow() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("sitrep.yaml"), "ingest:\n  event_window:\n    days_before: 30\n");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Path file = Files.write(
                dir.resolve("window.jsonl"),
                List.of(
                        event(1).replace(
                                        "2026-11-23T08:00:00Z",
                                        now.minus(java.time.Duration.ofDays(1)).toString()),
                        event(2).replace(
                                        "2026-11-23T08:00:00Z",
                                        now.minus(java.time.Duration.ofDays(60)).toString())));

        assertThat(sitrep.run("ingest", file.toString())).isZero();

        assertThat(sitrep.out())
                .contains("window.jsonl: 2 read, 1 accepted, 0 duplicate, 0 skipped, 1 rejected")
                .contains("window.jsonl:2 time.source")
                .contains("[time-out-of-range]");
    }

    @Test
    void refusesToIngestWhenAConfiguredDatabaseIsMissingUnlessTold() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("sitrep.yaml"), "enrichment:\n  country_mmdb: geo/missing.mmdb\n");
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(sitrep.run("ingest", file.toString())).isEqualTo(1);
        assertThat(sitrep.err())
                .contains("not ingesting: the IP-to-country mmdb")
                .contains("missing.mmdb not found")
                .contains("--allow-missing-enrichment");
        assertThat(sitrep.out()).doesNotContain("accepted");

        assertThat(sitrep.run("ingest", "--allow-missing-enrichment", file.toString()))
                .isZero();
        assertThat(sitrep.out()).contains("1 accepted");
    }

    @Test
    void aSecondCommandOnTheStoreNamesTheOneHoldingIt() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));
        assertThat(sitrep.run("ingest", file.toString())).isZero();
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("held\n");

            assertThat(sitrep.run("rejects")).isEqualTo(1);

            assertThat(sitrep.err())
                    .contains("another sitrep command (PID " + holder.pid() + ") is using " + data.toAbsolutePath())
                    .doesNotContain("duckdb.org")
                    .doesNotContain("Conflicting lock");
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    @Test
    void resumeReadsAgainTheFileOfARunThatDidNotFinish() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.write(dir.resolve("cut.jsonl"), List.of(event(1), event(2), "not json"));
        try (var store = org.sitrep.ingest.store.Store.open(data)) {
            new org.sitrep.ingest.store.IngestRuns(store.connection())
                    .start(
                            file.toAbsolutePath().toString(),
                            org.sitrep.ingest.pipeline.IngestPipeline.sha256(file),
                            null,
                            java.time.Instant.now());
        }

        assertThat(sitrep.run("rejects")).isZero();
        assertThat(sitrep.err()).contains("warning: ingest run 1 of " + file.toAbsolutePath() + " (started");

        assertThat(sitrep.run("ingest", "--resume")).isZero();

        assertThat(sitrep.out()).contains("cut.jsonl: 3 read, 2 accepted, 0 duplicate, 0 skipped, 1 rejected");
        assertThat(KilledIngestIT.rows(data, "SELECT id, status FROM ingest_runs ORDER BY id"))
                .containsExactly("1\tsuperseded", "2\tcompleted");
    }

    @Test
    void waitQueuesBehindTheCommandHoldingTheStore() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));
        org.sitrep.ingest.store.Store.open(data).close();
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(new String(holder.getInputStream().readNBytes(5), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("held\n");
        Thread release = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holder.destroyForcibly();
        });

        int exit = sitrep.run("ingest", "--wait", file.toString());
        release.join();
        holder.waitFor();

        assertThat(exit).as(sitrep.err()).isZero();
        assertThat(sitrep.err()).contains("(PID " + holder.pid() + ")").contains("waiting for it");
        assertThat(sitrep.out()).contains("e.jsonl: 1 read, 1 accepted");
    }

    /** Holds a store open until killed, as a long ingest would. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (var store = org.sitrep.ingest.store.Store.open(Path.of(args[0]))) {
                System.out.print("held\n");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
