package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SitrepCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private static String event(int i) {
        return "{\"time.source\":\"2026-11-23T08:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"phishing\","
                + "\"source.url\":\"http://login" + i + ".example.com/\"}";
    }

    @Test
    void printsTheSummaryAndTheRejectsWithFileLineFieldAndReason() throws Exception {
        Path file = Files.write(
                dir.resolve("events.jsonl"),
                List.of(event(1), "{\"feed.name\":\"f\",\"time.source\":\"2026-11-23T08:00:00Z\"}", event(2)));

        int exit = run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
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

        int exit = run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("noisy.jsonl:31 record — not a JSON object: not json 0 [bad-json]")
                .contains("noisy.jsonl:50 record")
                .doesNotContain("noisy.jsonl:51 ")
                .contains("… and 5 more");
    }

    @Test
    void exitsWithOneWhenAFileFailsItsRejectRatio() throws Exception {
        Path file = Files.write(dir.resolve("bad.jsonl"), List.of(event(1), "x", "y"));

        int exit = run("ingest", "--max-reject-ratio", "0.5", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED: 2 of 3 records rejected");
    }

    @Test
    void exitsWithTwoForUsageErrors() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(run("ingest", "--format", "nope", file.toString())).isEqualTo(2);
        assertThat(err.toString())
                .contains("unknown format nope; known formats: ")
                .contains("intelmq-csv, intelmq-jsonl");
        assertThat(run("ingest", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or directory");
        assertThat(run("ingest")).isEqualTo(2);
    }

    @Test
    void aCommandThatFailsBeforeWritingLeavesNoStoreBehind() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(run("ingest", "--format", "nope", file.toString())).isEqualTo(2);
        assertThat(run("ingest", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(run("ingest", file.toString(), dir.resolve("missing.jsonl").toString()))
                .isEqualTo(2);

        assertThat(dir.resolve("data").resolve("sitrep.duckdb")).doesNotExist();
    }

    @Test
    void printsTheResultAsJsonOnStandardOutputAndProgressOnStandardError() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1), event(2), "garbage"));

        assertThat(run("ingest", "--json", file.toString())).isZero();

        tools.jackson.databind.JsonNode result =
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toString());
        assertThat(result.get("totals").get("accepted").asLong()).isEqualTo(2);
        assertThat(result.get("totals").get("rejected").asLong()).isEqualTo(1);
        assertThat(result.get("failed").asBoolean()).isFalse();
        tools.jackson.databind.JsonNode first = result.get("files").get(0);
        assertThat(first.get("format").asString()).isEqualTo("intelmq-jsonl");
        assertThat(first.get("status").asString()).isEqualTo("completed");
        assertThat(first.get("firstRejects").get(0).get("line").asLong()).isEqualTo(3);
        assertThat(first.get("firstRejects").get(0).get("code").asString()).isEqualTo("bad-json");
        assertThat(err.toString()).contains("e.jsonl");
    }

    @Test
    void aSecondRunOfTheSameFileAddsNothing() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));
        run("ingest", file.toString());

        int exit = run("ingest", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("e.jsonl: already ingested (run 1), nothing added");
    }
}
