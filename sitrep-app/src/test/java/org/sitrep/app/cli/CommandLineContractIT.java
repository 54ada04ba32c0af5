package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What every command promises (README, "Exit codes"): 0 success, 1 failure, 2 usage error, each error in one line on
 * standard error; results on standard output and, with {@code --json}, one JSON document there; a command that fails
 * before writing leaves no store behind.
 */
class CommandLineContractIT {

    @TempDir
    Path dir;

    private final SitrepRun sitrep = SitrepRun.inData(() -> dir.resolve("data"));

    private Path data() {
        return dir.resolve("data");
    }

    private static String event(int i) {
        return "{\"time.source\":\"2024-11-05T08:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"phishing\","
                + "\"source.url\":\"http://login" + i + ".example.com/\"}";
    }

    /** Ingests two good records and one that is not JSON (line 3) for 2024-W45. */
    private Path ingestTwoAndOneReject() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1), event(2), "garbage"));
        assertThat(sitrep.run("ingest", file.toString())).as(sitrep.err()).isZero();
        sitrep.clearOut();
        return file;
    }

    @Test
    void anUnknownOptionIsAUsageErrorInOneLine() {
        assertThat(sitrep.run("figures", "--bogus")).isEqualTo(ExitCodes.USAGE);

        assertThat(sitrep.err())
                .startsWith("sitrep: Unknown option: '--bogus'")
                .contains("sitrep figures --help")
                .hasLineCount(1);
        assertThat(sitrep.out()).isEmpty();
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        assertThat(sitrep.run("figure")).isEqualTo(ExitCodes.USAGE);

        assertThat(sitrep.err()).contains("; did you mean figures").hasLineCount(1);
        assertThat(sitrep.out()).isEmpty();
    }

    @Test
    void aBadValueOrNoCommandIsAUsageError() {
        assertThat(sitrep.run("figures", "--week", "2024-45")).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep.run("bulletin", "--lang", "fr")).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep.err()).contains("unknown language fr; use zh-CN, en or all");
        assertThat(sitrep.run("figures", "--lang", "all")).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep.err()).contains("this command writes one language");
        assertThat(sitrep.run("publish")).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep.err()).contains("give --week YYYY-Www: the week to publish");
        assertThat(sitrep.run()).isEqualTo(ExitCodes.USAGE);
        assertThat(sitrep.err()).contains("sitrep: give a command");

        assertThat(sitrep.err().lines()).allMatch(line -> line.startsWith("sitrep: "));
        assertThat(sitrep.out()).isEmpty();
    }

    @Test
    void helpSucceedsAndNamesTheExitCodes() {
        assertThat(sitrep.run("--help")).isEqualTo(ExitCodes.SUCCESS);

        assertThat(sitrep.out()).contains("Exit codes: 0 success, 1 failure, 2 usage error.");
    }

    @Test
    void aFileThatFailsIsAFailure() throws Exception {
        Path file = Files.write(dir.resolve("bad.jsonl"), List.of(event(1), "x", "y"));

        assertThat(sitrep.run("ingest", file.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(sitrep.out()).contains("bad.jsonl: 3 read, 1 accepted").contains("FAILED: 2 of 3 records rejected");
        assertThat(sitrep.err()).doesNotContain("FAILED");
    }

    @Test
    void noCommandThatReadsTheStoreCreatesOne() throws Exception {
        List<List<String>> commands = List.of(
                List.of("figures"),
                List.of("figures", "--json", "--week", "2024-W45"),
                List.of("assess", "--week", "2024-W45"),
                List.of("rejects", "--json"),
                List.of("archive"),
                List.of("bulletin", "--week", "2024-W45"),
                List.of("publish", "--week", "2024-W45"));
        for (List<String> command : commands) {
            Path missing = dir.resolve("missing");
            Path empty = Files.createDirectories(dir.resolve("empty"));
            for (Path data : List.of(missing, empty)) {
                SitrepRun run = SitrepRun.inData(() -> data);

                assertThat(run.run(command.toArray(String[]::new)))
                        .as(command + " " + run.err())
                        .isEqualTo(ExitCodes.USAGE);

                assertThat(run.err())
                        .as(command.toString())
                        .startsWith("sitrep: no store at ")
                        .hasLineCount(1);
                assertThat(run.out()).as(command.toString()).isEmpty();
            }
            assertThat(missing).as(command.toString()).doesNotExist();
            try (Stream<Path> files = Files.list(empty)) {
                assertThat(files).as(command.toString()).isEmpty();
            }
        }
    }

    @Test
    void commandsWithoutAStoreLeaveTheDataDirectoryAlone() {
        assertThat(sitrep.run("formats", "--kinds")).isZero();
        assertThat(sitrep.run("shadowserver-schema")).isZero();
        assertThat(sitrep.run("formats", "--json")).isZero();

        assertThat(data()).doesNotExist();
    }

    @Test
    void anIngestWhoseEveryFileIsRefusedUnreadLeavesNoStore() throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(sitrep.run("ingest", dangling.toString(), empty.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(sitrep.out()).contains("gone.jsonl").contains("FAILED");
        assertThat(data()).doesNotExist();

        assertThat(sitrep.run("ingest", empty.toString())).isEqualTo(ExitCodes.SUCCESS);
        assertThat(data()).doesNotExist();

        Files.createDirectories(data());
        Files.writeString(data().resolve("sitrep.yaml"), "organisation:\n  name:\n    en: Example CERT\n");
        assertThat(sitrep.run("ingest", dangling.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(data().resolve("sitrep.duckdb")).doesNotExist();
        assertThat(data().resolve("sitrep.yaml")).exists();
    }

    @Test
    void anExistingStoreStaysWhenAnIngestReadsNothing() throws Exception {
        ingestTwoAndOneReject();
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));

        assertThat(sitrep.run("ingest", dangling.toString())).isEqualTo(ExitCodes.FAILURE);

        assertThat(data().resolve("sitrep.duckdb")).exists();
        assertThat(sitrep.run("rejects")).isZero();
        assertThat(sitrep.out()).contains("e.jsonl:3 record");
    }

    @Test
    void ingestPrintsOneJsonSummaryAndItsFileLinesOnStandardError() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1), event(2), "garbage"));

        assertThat(sitrep.run("ingest", "--json", file.toString())).isZero();

        JsonNode result = sitrep.json();
        JsonNode first = result.get("files").get(0);
        assertThat(first.get("file").asString()).isEqualTo(file.toString());
        assertThat(first.get("runId").asLong()).isEqualTo(1);
        assertThat(first.get("status").asString()).isEqualTo("completed");
        JsonNode counts = first.get("counts");
        assertThat(List.of(
                        counts.get("read").asLong(),
                        counts.get("accepted").asLong(),
                        counts.get("duplicate").asLong(),
                        counts.get("skipped").asLong(),
                        counts.get("rejected").asLong()))
                .containsExactly(3L, 2L, 0L, 0L, 1L);
        assertThat(result.get("rejects").asLong()).isEqualTo(1);
        assertThat(result.get("failed").asBoolean()).isFalse();
        assertThat(sitrep.out()).doesNotContain("e.jsonl: 3 read");
        assertThat(sitrep.err())
                .contains("e.jsonl: 3 read, 2 accepted, 0 duplicate, 0 skipped, 1 rejected")
                .contains("warning: no enrichment database is configured");

        assertThat(sitrep.run("ingest", "--json", file.toString())).isZero();
        JsonNode again = sitrep.json().get("files").get(0);
        assertThat(again.get("status").asString()).isEqualTo("already_ingested");
        assertThat(again.get("runId").asLong()).isEqualTo(1);
    }

    @Test
    void ingestPrintsResultsOnStandardOutputAndWarningsOnStandardError() throws Exception {
        Path file = Files.write(dir.resolve("e.jsonl"), List.of(event(1)));

        assertThat(sitrep.run("ingest", file.toString())).isZero();

        assertThat(sitrep.out())
                .contains("e.jsonl: 1 read, 1 accepted")
                .contains("total: 1 file")
                .doesNotContain("warning");
        assertThat(sitrep.err()).contains("warning: no enrichment database is configured");
        assertThat(sitrep.err()).doesNotContain("e.jsonl: 1 read");
    }

    @Test
    void formatsAndKindsAsJson() {
        assertThat(sitrep.run("formats", "--json")).isZero();
        List<String> names = new ArrayList<>();
        sitrep.json().get("formats").forEach(format -> {
            names.add(format.get("name").asString());
            assertThat(format.get("description").asString()).isNotBlank();
        });
        assertThat(names).contains("intelmq-jsonl", "intelmq-csv");

        assertThat(sitrep.run("formats", "--kinds", "--json")).isZero();
        JsonNode kinds = sitrep.json();
        assertThat(kinds.get("source").asString()).isEqualTo("the built-in defaults");
        assertThat(kinds.get("rules")).isNotEmpty();
        assertThat(kinds.get("rules").get(0).has("kind")).isTrue();
        assertThat(kinds.get("rules").get(0).has("counted")).isTrue();

        assertThat(sitrep.run("shadowserver-schema", "--json")).isZero();
        assertThat(sitrep.json().get("reportTypes").asInt()).isPositive();
    }

    @Test
    void rejectsAsJson() throws Exception {
        Path file = ingestTwoAndOneReject();

        assertThat(sitrep.run("rejects", "--json")).isZero();

        JsonNode reject = sitrep.json().get("rejects").get(0);
        assertThat(reject.get("runId").asLong()).isEqualTo(1);
        assertThat(reject.get("file").asString()).endsWith(file.getFileName().toString());
        assertThat(reject.get("line").asLong()).isEqualTo(3);
        assertThat(reject.get("code").asString()).isEqualTo("bad-json");
        assertThat(sitrep.json().get("rejects")).hasSize(1);
    }

    @Test
    void bulletinPublishAndArchiveSayWhatTheyWroteAsJson() throws Exception {
        ingestTwoAndOneReject();

        assertThat(sitrep.run("bulletin", "--week", "2024-W45", "--lang", "en", "--format", "md", "--json"))
                .as(sitrep.err())
                .isZero();
        JsonNode draft = sitrep.json();
        assertThat(draft.get("week").asString()).isEqualTo("2024-W45");
        assertThat(draft.get("published").asBoolean()).isFalse();
        assertThat(paths(draft.get("files")))
                .contains(data().resolve("bulletins/2024-W45/en/bulletin.md").toString())
                .allMatch(file -> Files.exists(Path.of(file)));

        assertThat(sitrep.run("publish", "--week", "2024-W45", "--json"))
                .as(sitrep.err())
                .isZero();
        JsonNode published = sitrep.json();
        assertThat(published.get("week").asString()).isEqualTo("2024-W45");
        assertThat(published.get("revision").asInt()).isEqualTo(1);
        assertThat(published.get("folder").asString())
                .isEqualTo(data().resolve("bulletins/2024-W45").toString());
        assertThat(paths(published.get("files")))
                .contains(
                        data().resolve("bulletins/2024-W45/bulletin.json").toString(),
                        data().resolve("bulletins/2024-W45/zh-CN/bulletin.pdf").toString())
                .allMatch(file -> Files.exists(Path.of(file)));

        assertThat(sitrep.run("archive", "--json")).isZero();
        JsonNode archive = sitrep.json();
        assertThat(archive.get("issues")).hasSize(1);
        JsonNode issue = archive.get("issues").get(0);
        assertThat(issue.get("week").asString()).isEqualTo("2024-W45");
        assertThat(issue.get("status").asString()).isEqualTo("published");
        assertThat(issue.get("publishedAt").isNull()).isFalse();
        assertThat(paths(archive.get("wrote")))
                .contains(
                        data().resolve("bulletins/index.html").toString(),
                        data().resolve("bulletins/atom.xml").toString());
    }

    private static List<String> paths(JsonNode array) {
        List<String> paths = new ArrayList<>();
        array.forEach(path -> paths.add(path.asString()));
        return paths;
    }
}
