package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.FileSummary.Status;
import org.sitrep.ingest.store.FreshStore;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.Store;

/**
 * Each hostile input is refused in one line naming it, and the inputs beside it are still ingested; a re-run of a
 * failed or interrupted file never doubles the reject log.
 */
class HostileInputsIT extends FreshStore {

    private IngestReport ingest(Path... files) throws Exception {
        return ingest(IngestSettings.defaults().withBatchSize(100), files);
    }

    private IngestReport ingest(IngestSettings settings, Path... files) throws Exception {
        return new IngestPipeline(
                        store, FormatRegistry.load(), List.of(), settings, ProgressListener.NONE, Clock.systemUTC())
                .ingest(List.of(files));
    }

    private Path good(String name, int from) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < from + 10; i++) {
            lines.add(IntelMqLines.event(i));
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private static void assertOneLine(FileSummary summary, String... parts) {
        assertThat(summary.status()).isEqualTo(Status.FAILED);
        assertThat(summary.line())
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .contains(parts);
    }

    @Test
    void aZipEntryOfNoKnownFormatIsRefusedAndTheEntriesAfterItAreRead() throws Exception {
        Path zip = dir.resolve("vendor.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.jsonl"));
            out.write((IntelMqLines.event(1) + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("README"));
            out.write("This archive holds this week's events.\nSee the vendor's site.\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("b.jsonl"));
            out.write((IntelMqLines.event(2) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        FileSummary summary = ingest(zip).files().getFirst();

        assertOneLine(summary, "vendor.zip!README: no format recognises");
        assertThat(summary.counts().accepted()).isEqualTo(2);
        assertThat(summary.firstRejects()).singleElement().satisfies(reject -> {
            assertThat(reject.file()).isEqualTo("vendor.zip!README");
            assertThat(reject.code()).isEqualTo("unknown-format");
        });
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(2);
    }

    @Test
    void aRecordTooDeepForItsParserIsRefusedAloneAndTheRestAreRead() throws Exception {
        FeedFormat jsonl = FormatRegistry.load().byName("intelmq-jsonl");
        FeedFormat deep =
                new DeclaredFeed(
                        "deep-test",
                        "IntelMQ JSON Lines whose parser recurses without end on a line that says deep",
                        jsonl::open,
                        context -> {
                            RecordParser inner = jsonl.parser(context);
                            return record -> record.text().contains("deep") ? endless(record) : inner.parse(record);
                        }) {
                    @Override
                    public int detect(Sample sample) {
                        return 0;
                    }
                };
        Path file = Files.write(
                dir.resolve("deep.jsonl"),
                List.of(
                        IntelMqLines.event(1),
                        IntelMqLines.event(2).replace("event 2", "deep"),
                        IntelMqLines.event(3)));

        FileSummary summary = new IngestPipeline(
                        store,
                        new FormatRegistry(List.of(deep)),
                        List.of(),
                        IngestSettings.defaults().withFormat("deep-test"),
                        ProgressListener.NONE,
                        Clock.systemUTC())
                .ingest(List.of(file))
                .files()
                .getFirst();

        assertThat(summary.counts().read()).isEqualTo(3);
        assertThat(summary.counts().accepted()).isEqualTo(2);
        assertThat(summary.counts().rejected()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rejects WHERE line = 2 AND code = 'too-large'"))
                .isEqualTo(1);
    }

    private static ParseOutcome endless(RawRecord record) {
        return record.line() < 0 ? new ParseOutcome.Skipped("never") : endless(record);
    }

    @Test
    void aCsvBoundToFailStopsEarlyWithItsReason() throws Exception {
        Path csv = dir.resolve("bound-to-fail.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("time.source,feed.name,classification.type\n".getBytes(StandardCharsets.US_ASCII));
            out.write("x\n".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
        }
        Path next = good("next.jsonl", 0);

        // 1 Mi rows of 2 bytes: past about (2 MiB + the 1 MiB of buffers) / 11 rejects not even the rest all good
        // could bring the file within 10 %
        IngestReport report = ingest(IngestSettings.defaults().withMaxRejectRatio(0.1), csv, next);

        FileSummary failed = report.files().get(0);
        assertOneLine(failed, "bound-to-fail.csv", "stopped after", "cannot bring the file within the allowed ratio");
        assertThat(failed.counts().read())
                .as("stopped well before the file's 1 Mi rows")
                .isLessThan(300_000);
        assertThat(failed.counts().read())
                .isEqualTo(failed.counts().accepted()
                        + failed.counts().duplicate()
                        + failed.counts().skipped()
                        + failed.counts().rejected());
        assertThat(count("SELECT count(*) FROM rejects"))
                .isEqualTo(failed.counts().rejected());
        assertThat(report.files().get(1).status()).isEqualTo(Status.COMPLETED);
        assertThat(report.files().get(1).counts().accepted()).isEqualTo(10);
    }

    @Test
    void aGzipCnvdFileWithAHugeNodeIsRefusedAndTheNextFileRead() throws Exception {
        Path cnvd = dir.resolve("cnvd.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cnvd))) {
            out.write("<?xml version=\"1.0\"?><vulnerabilitys><vulnerability><number>CNVD-2026-90001</number><title>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.write("</title></vulnerability></vulnerabilitys>".getBytes(StandardCharsets.UTF_8));
        }
        Path bomb = Files.writeString(dir.resolve("bomb.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE vulnerabilitys [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <vulnerabilitys><vulnerability><number>CNVD-2026-90002</number><title>&d;&d;&d;</title>
                <openTime>2026-11-27</openTime></vulnerability></vulnerabilitys>
                """);
        Path next = good("next.jsonl", 0);

        IngestReport report = ingest(cnvd, bomb, next);

        assertThat(report.files().get(0).counts().rejected()).isEqualTo(1);
        assertThat(report.files().get(0).firstRejects().getFirst().detail())
                .doesNotContain("\n")
                .contains("4194304");
        assertThat(report.files().get(1).counts().rejected()).isEqualTo(1);
        assertThat(report.files().get(1).counts().accepted()).isZero();
        assertThat(report.files().get(2).counts().accepted()).isEqualTo(10);
        assertThat(count("SELECT count(*) FROM vulnerabilities")).isZero();
    }

    @Test
    void anUnreadableFileIsRefusedAndTheNextFileRead() throws Exception {
        Path locked = good("locked.jsonl", 0);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked))
                .as("permissions do not bind this user (root)")
                .isFalse();
        Path next = good("next.jsonl", 100);

        IngestReport report = ingest(locked, next);

        assertOneLine(report.files().get(0), "locked.jsonl", "permission denied");
        assertThat(report.failed()).isTrue();
        assertThat(report.files().get(1).counts().accepted()).isEqualTo(10);
    }

    @Test
    void aLoopingLinkOrAPipeIsNamedAsSuch() throws Exception {
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nothing-here"));
        Path fifo = dir.resolve("fifo");
        assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();

        Path next = good("next.jsonl", 0);

        IngestReport report = ingest(loop, dangling, fifo, next);

        assertThat(report.files())
                .extracting(FileSummary::message)
                .startsWith(
                        "a symbolic link that loops: " + loop,
                        "a symbolic link to nothing: " + dangling,
                        "not a regular file (a named pipe, socket or device): " + fifo);
        assertThat(report.files().subList(0, 3)).allMatch(file -> file.status() == Status.FAILED);
        assertThat(report.files().get(3).counts().accepted()).isEqualTo(10);
        assertThat(report.failed()).isTrue();
    }

    @Test
    void aRerunOfAFailedFileReplacesItsRejectsInsteadOfAddingThem() throws Exception {
        Path file = Files.write(dir.resolve("mostly-bad.jsonl"), List.of(IntelMqLines.event(1), "bad", "bad", "bad"));

        ingest(file);
        ingest(file);
        ingest(file);

        assertThat(count("SELECT count(*) FROM rejects")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM ingest_runs WHERE status = 'superseded'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(1);
    }

    @Test
    void aRunLeftRunningIsInterruptedWhenTheStoreOpensAndARerunCompletesIt() throws Exception {
        Path file =
                Files.write(dir.resolve("part.jsonl"), List.of(IntelMqLines.event(1), "bad", IntelMqLines.event(2)));
        IngestRuns runs = new IngestRuns(store.connection());
        long left = runs.start(
                file.toString(),
                IngestPipeline.sha256(file),
                null,
                Clock.systemUTC().instant());
        runs.writeRejects(
                left, List.of(new org.sitrep.ingest.store.RejectRecord("part.jsonl", 2, null, "bad-json", "x", "bad")));
        store.close();
        store = Store.open(dir.resolve("data"));
        runs = new IngestRuns(store.connection());

        assertThat(runs.unfinished()).extracting(IngestRuns.UnfinishedRun::id).containsExactly(left);

        ingest(file);

        assertThat(runs.unfinished()).isEmpty();
        assertThat(count("SELECT count(*) FROM rejects")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM ingest_runs WHERE status = 'superseded' AND id = " + left))
                .isEqualTo(1);
    }

    @Test
    void anEventDatedFarFromNowIsRejectedWithItsReason() throws Exception {
        Path file = Files.write(
                dir.resolve("dates.jsonl"),
                List.of(
                        IntelMqLines.event(1),
                        IntelMqLines.event(2).replace("2026-11-01T08:00:00Z", "9999-12-31T00:00:00Z"),
                        IntelMqLines.event(3).replace("2026-11-01T08:00:00Z", "1970-01-01T00:00:00Z")));

        FileSummary summary = ingest(file).files().getFirst();

        assertThat(summary.counts().accepted()).isEqualTo(1);
        assertThat(summary.firstRejects())
                .extracting(reject -> reject.line() + " " + reject.field() + " " + reject.code())
                .containsExactly("2 time.source time-out-of-range", "3 time.source time-out-of-range");
        assertThat(summary.firstRejects().getFirst().detail())
                .startsWith("time.source 9999-12-31T00:00:00Z lies outside the accepted window");
    }
}
