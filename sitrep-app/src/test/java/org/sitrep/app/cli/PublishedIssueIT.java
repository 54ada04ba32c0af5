package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.Store;

/**
 * A published issue never changes: rendered again after late data, with {@code --fresh}, and after renders killed
 * part-way, every one of its files is byte-identical to its first rendering. And {@code publish} refuses a week
 * while an ingest run is unfinished, which every command warns about.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedIssueIT {

    private static final String PUBLISHED = "2024-W44";
    private static final String LATEST = "2024-W45";

    @TempDir
    static Path dir;

    private static Path data;
    private static Map<String, byte[]> firstRendering;

    private final SitrepRun sitrep = SitrepRun.inData(() -> data);

    @BeforeAll
    static void publishAnIssue() throws Exception {
        data = dir.resolve("data");
        ChildSitrep.Result demo = ChildSitrep.command(
                data, List.of("demo", "--no-serve", "--week", LATEST, "--events-per-week", "1000"), -1);
        assertThat(demo.exit()).as(demo.output()).isZero();
        ChildSitrep.Result render = ChildSitrep.command(data, List.of("bulletin", "--week", PUBLISHED), -1);
        assertThat(render.exit()).as(render.output()).isZero();
        assertThat(render.output()).contains("revision 1 (published");
        firstRendering = files(data.resolve("bulletins").resolve(PUBLISHED));
        assertThat(firstRendering).containsKeys("bulletin.json", "zh-CN/bulletin.pdf", "en/blocklist.txt");
    }

    /** Every file under a folder by its relative path, with its bytes, but a killed write's temporary files. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().endsWith(".partial"))
                    .toList()) {
                files.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static void assertUnchanged() throws IOException {
        Map<String, byte[]> now = files(data.resolve("bulletins").resolve(PUBLISHED));
        assertThat(now.keySet()).isEqualTo(firstRendering.keySet());
        firstRendering.forEach(
                (name, bytes) -> assertThat(now.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    @Order(1)
    void aRenderAgainAfterLateDataIsByteIdentical() throws Exception {
        List<String> late = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            late.add(
                    "{\"time.source\":\"2024-10-30T0%d:00:00Z\",\"feed.name\":\"late-feed\",\"classification.type\":\"malware-distribution\",\"source.url\":\"http://late%d.example.net/payload.exe\",\"source.fqdn\":\"late%d.example.net\"}"
                            .formatted(i % 10, i, i));
        }
        Path file = Files.write(dir.resolve("late.jsonl"), late, StandardCharsets.UTF_8);
        assertThat(sitrep.run("ingest", file.toString())).as(sitrep.out()).isZero();
        assertThat(sitrep.out()).contains("40 accepted");

        assertThat(sitrep.run("bulletin", "--week", PUBLISHED)).as(sitrep.err()).isZero();

        assertUnchanged();
    }

    @Test
    @Order(2)
    void freshWritesADraftBesideThePublishedFilesNeverOverThem() throws Exception {
        assertThat(sitrep.run("bulletin", "--week", PUBLISHED, "--fresh", "--format", "all"))
                .as(sitrep.err())
                .isZero();

        assertUnchanged();
        Path draft = data.resolve("bulletins/drafts").resolve(PUBLISHED);
        assertThat(draft.resolve("zh-CN/blocklist.txt"))
                .content(StandardCharsets.UTF_8)
                .as("the draft has the late data the published issue leaves out")
                .contains("late7.example.net");
        assertThat(new String(firstRendering.get("zh-CN/blocklist.txt"), StandardCharsets.UTF_8))
                .doesNotContain("late7.example.net");
    }

    @Test
    @Order(3)
    void rendersKilledPartWayLeaveThePublishedFilesIntact() throws Exception {
        Random random = new Random(44);
        long started = System.nanoTime();
        ChildSitrep.Result whole = ChildSitrep.command(data, List.of("bulletin", "--week", PUBLISHED), -1);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(whole.exit()).as(whole.output()).isZero();
        assertUnchanged();
        int killed = 0;
        // a render that finishes before its moment (the machine got faster than the first, cold render) is not a
        // kill: the moments then move earlier, so that at least three renders are cut whatever the load
        double scale = 1;
        for (int attempt = 0; attempt < 12 && killed < 3; attempt++) {
            long moment = (long) (millis * scale * (0.4 + 0.6 * random.nextDouble()));
            if (ChildSitrep.command(data, List.of("bulletin", "--week", PUBLISHED), moment)
                    .killed()) {
                killed++;
            } else {
                scale *= 0.6;
            }
            assertUnchanged();
        }
        assertThat(killed).isPositive();

        assertThat(sitrep.run("bulletin", "--week", PUBLISHED)).as(sitrep.err()).isZero();
        assertUnchanged();
        try (var paths = Files.walk(data.resolve("bulletins").resolve(PUBLISHED))) {
            assertThat(paths.map(path -> path.getFileName().toString()))
                    .as("a render removes what a killed one left")
                    .noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    @Order(4)
    void publishRefusesAWeekWithAnUnfinishedRunAndEveryCommandWarns() throws Exception {
        leaveARunUnfinished();

        assertThat(sitrep.run("figures", "--week", LATEST)).isZero();
        assertThat(sitrep.err()).contains("warning: ingest run").contains("did not finish");

        assertThat(sitrep.run("publish", "--week", LATEST)).isEqualTo(1);
        assertThat(sitrep.err())
                .contains("refusing to publish " + LATEST)
                .contains("--force REASON")
                .doesNotContain("Exception");

        assertThat(sitrep.run("publish", "--week", LATEST, "--force", "the missing file holds no data of this week"))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.out()).contains("published " + LATEST + " revision 1");
        assertThat(KilledIngestIT.rows(
                        data,
                        "SELECT change_note FROM bulletin_issues WHERE status = 'published' AND week = '" + LATEST
                                + "'"))
                .singleElement()
                .asString()
                .contains("the missing file holds no data of this week");
    }

    private static void leaveARunUnfinished() throws SQLException, IOException {
        Path file = Files.writeString(dir.resolve("cut.jsonl"), "{}\n");
        try (Store store = Store.open(data)) {
            new IngestRuns(store.connection())
                    .start(file.toString(), "0".repeat(64), null, Instant.parse("2024-11-12T00:00:00Z"));
        }
    }
}
