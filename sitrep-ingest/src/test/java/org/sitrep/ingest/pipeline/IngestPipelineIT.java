package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.intelmq.jsonl.IntelMqJsonlFormat;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.FileSummary.Status;
import org.sitrep.ingest.store.FreshStore;
import org.sitrep.ingest.store.RejectRecord;
import org.sitrep.ingest.store.RunCounts;

class IngestPipelineIT extends FreshStore {

    private IngestPipeline pipeline(IngestSettings settings) throws SQLException {
        return new IngestPipeline(
                store, FormatRegistry.load(), List.of(), settings, ProgressListener.NONE, Clock.systemUTC());
    }

    private FileSummary ingest(Path file) throws Exception {
        return pipeline(IngestSettings.defaults().withBatchSize(100)).ingestFile(file);
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** 1000 lines, events 0..999, with lines 100, 500 and 900 broken three ways. */
    private static List<String> thousandWithThreeMalformed() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(IntelMqLines.event(i));
        }
        lines.set(99, lines.get(99).replace("2026-11-01T08:00:00Z", "01/11/2026 08:00"));
        lines.set(499, lines.get(499).replace("\"classification.type\":\"infected-system\",", ""));
        lines.set(899, "garbage, not json");
        return lines;
    }

    @Test
    void acceptsTheGoodRecordsAndListsTheMalformedWithLineAndReason() throws Exception {
        Path file = write("events.jsonl", thousandWithThreeMalformed());

        FileSummary summary = ingest(file);

        assertThat(summary.status()).isEqualTo(Status.COMPLETED);
        assertThat(summary.format()).isEqualTo("intelmq-jsonl");
        assertThat(summary.counts()).isEqualTo(new RunCounts(1000, 997, 0, 0, 0, 3));
        assertThat(summary.firstRejects())
                .extracting(RejectRecord::line, RejectRecord::field, RejectRecord::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(100L, "time.source", "bad-timestamp"),
                        org.assertj.core.groups.Tuple.tuple(500L, "classification.type", "missing-field"),
                        org.assertj.core.groups.Tuple.tuple(900L, null, "bad-json"));
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(997);
        assertThat(count("SELECT count(*) FROM rejects")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM rejects WHERE line = 900 AND raw = 'garbage, not json'"))
                .isEqualTo(1);
        assertThat(text("SELECT status FROM ingest_runs")).isEqualTo("completed");
        assertThat(count("SELECT accepted_count FROM ingest_runs")).isEqualTo(997);
    }

    @Test
    void theSameContentAgainAddsNothingEvenUnderAnotherName() throws Exception {
        Path file = write("events.jsonl", thousandWithThreeMalformed());
        Path renamed = Files.copy(file, dir.resolve("renamed-copy.jsonl"));
        ingest(file);

        FileSummary again = ingest(file);
        FileSummary copy = ingest(renamed);

        assertThat(again.status()).isEqualTo(Status.ALREADY_INGESTED);
        assertThat(copy.status()).isEqualTo(Status.ALREADY_INGESTED);
        assertThat(copy.counts()).isEqualTo(RunCounts.NONE);
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(997);
        assertThat(count("SELECT count(*) FROM rejects")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM ingest_runs")).isEqualTo(1);
    }

    @Test
    void aFileWithTheSameEventsAndThreeNewAddsThree() throws Exception {
        ingest(write("events.jsonl", thousandWithThreeMalformed()));
        List<String> next = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            if (i != 99 && i != 499 && i != 899) {
                next.add(IntelMqLines.event(i));
            }
        }
        next.addAll(List.of(IntelMqLines.event(1000), IntelMqLines.event(1001), IntelMqLines.event(1002)));

        FileSummary summary = ingest(write("next.jsonl", next));

        assertThat(summary.counts()).isEqualTo(new RunCounts(1000, 3, 997, 0, 0, 0));
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(1000);
    }

    @Test
    void theSameEventFromTwoFeedsCountsOnce() throws Exception {
        FileSummary first = ingest(write("feed-a.jsonl", List.of(IntelMqLines.event(7, "feed-a"))));
        FileSummary second = ingest(write("feed-b.jsonl", List.of(IntelMqLines.event(7, "feed-b"))));

        assertThat(first.counts().accepted()).isEqualTo(1);
        assertThat(second.counts()).isEqualTo(new RunCounts(1, 0, 1, 0, 0, 0));
        assertThat(text("SELECT feed_name FROM events")).isEqualTo("feed-a");
    }

    @Test
    void duplicatesWithinOneBatchCountOnce() throws Exception {
        FileSummary summary = ingest(
                write("twice.jsonl", List.of(IntelMqLines.event(1), IntelMqLines.event(1), IntelMqLines.event(2))));

        assertThat(summary.counts()).isEqualTo(new RunCounts(3, 2, 1, 0, 0, 0));
    }

    @Test
    void theFirstOfABatchsDuplicatesIsTheOneStored() throws Exception {
        FileSummary summary = ingest(write(
                "first-wins.jsonl",
                List.of(
                        IntelMqLines.event(3, "feed-b"),
                        IntelMqLines.event(3, "feed-a"),
                        IntelMqLines.event(3, "feed-c"))));

        assertThat(summary.counts()).isEqualTo(new RunCounts(3, 1, 2, 0, 0, 0));
        assertThat(text("SELECT feed_name FROM events")).isEqualTo("feed-b");
    }

    @Test
    void storesEveryColumnWithTheDerivedFields() throws Exception {
        String line = "{\"time.source\":\"2026-11-23T08:00:00Z\",\"feed.name\":\"zone-h\",\"feed.accuracy\":90,"
                + "\"classification.type\":\"system-compromise\",\"classification.identifier\":\"defacement\","
                + "\"source.url\":\"http://www.beijing.gov.cn/index.html\",\"source.ip\":\"2001:db8::5\","
                + "\"source.asn\":64501,\"tlp\":\"GREEN\",\"extra.registrar_country\":\"cn\"}";

        ingest(write("deface.jsonl", List.of(line)));

        assertThat(
                        text(
                                "SELECT concat_ws('|', kind, site, registered_domain, tld, domestic, government, registrar_cc,"
                                        + " ip_literal, source_ip, source_asn, tlp, feed_accuracy, classification_taxonomy) FROM events"))
                .isEqualTo("defacement|www.beijing.gov.cn|beijing.gov.cn|gov.cn|true|true|CN|false|2001:db8::5|64501"
                        + "|GREEN|90.0|intrusions");
        assertThat(text("SELECT extra FROM events")).isEqualTo("{\"registrar_country\":\"cn\"}");
        assertThat(
                        count(
                                "SELECT count(*) FROM events WHERE ingest_run = 1 AND time_source = TIMESTAMP '2026-11-23 08:00:00'"))
                .isEqualTo(1);
    }

    @Test
    void readsUtf8WithByteOrderMarkAndCrlf() throws Exception {
        String text =
                "\uFEFF" + IntelMqLines.event(1).replace("event 1", "事件 1") + "\r\n" + IntelMqLines.event(2) + "\r\n";
        Path file = Files.writeString(dir.resolve("bom-crlf.jsonl"), text, StandardCharsets.UTF_8);

        FileSummary summary = ingest(file);

        assertThat(summary.counts()).isEqualTo(new RunCounts(2, 2, 0, 0, 0, 0));
        assertThat(text("SELECT extra FROM events WHERE source_ip = '198.51.100.1'"))
                .isEqualTo("{\"note\":\"事件 1\"}");
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        Path file = dir.resolve("utf16.jsonl");
        Files.write(file, ("\uFEFF" + IntelMqLines.event(3) + "\n").getBytes(StandardCharsets.UTF_16LE));

        assertThat(ingest(file).counts().accepted()).isEqualTo(1);
    }

    @Test
    void readsGb18030WhenDeclared() throws Exception {
        String line =
                IntelMqLines.event(4).replace("\"extra.note\"", "\"source.geolocation.city\":\"北京\",\"extra.note\"");
        Path file = dir.resolve("gb18030.jsonl");
        Files.write(file, (line + "\n").getBytes(Charset.forName("GB18030")));

        FileSummary summary = pipeline(IngestSettings.defaults().withCharset(Charset.forName("GB18030")))
                .ingestFile(file);

        assertThat(summary.counts().accepted()).isEqualTo(1);
        assertThat(text("SELECT source_geolocation_city FROM events")).isEqualTo("北京");
    }

    @Test
    void readsGzipByItsMagicBytes() throws Exception {
        Path file = dir.resolve("events.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((IntelMqLines.event(1) + "\n" + IntelMqLines.event(2) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        FileSummary summary = ingest(file);

        assertThat(summary.counts().accepted()).isEqualTo(2);
        assertThat(summary.format()).isEqualTo("intelmq-jsonl");
    }

    @Test
    void readsEveryEntryOfAZipEachInItsFormat() throws Exception {
        Path file = dir.resolve("feeds.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file));
                InputStream csv = getClass()
                        .getResourceAsStream("/org/sitrep/ingest/feeds/intelmq/csv/quoted-newline-crlf.csv")) {
            zip.putNextEntry(new ZipEntry("events.jsonl"));
            zip.write((IntelMqLines.event(1) + "\nnot json\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("more/events.csv"));
            csv.transferTo(zip);
        }

        FileSummary summary = ingest(file);

        assertThat(summary.counts()).isEqualTo(new RunCounts(4, 3, 0, 0, 0, 1));
        assertThat(summary.format()).isEqualTo("intelmq-jsonl,intelmq-csv");
        assertThat(summary.firstRejects().getFirst().file()).isEqualTo("feeds.zip!events.jsonl");
        assertThat(summary.firstRejects().getFirst().line()).isEqualTo(2);
        assertThat(text("SELECT extra FROM events WHERE feed_name = 'zone-h'"))
                .isEqualTo("{\"comment\":\"hacked by \\\"x\\\",\\r\\nsecond line\"}");
    }

    @Test
    void failsAFilePastTheRejectRatioButKeepsItsRejects() throws Exception {
        Path file =
                write("mostly-bad.jsonl", List.of(IntelMqLines.event(1), "bad", "bad", "bad", IntelMqLines.event(2)));

        FileSummary summary = ingest(file);

        assertThat(summary.status()).isEqualTo(Status.FAILED);
        assertThat(summary.message()).isEqualTo("3 of 5 records rejected, above the allowed ratio 0.50");
        assertThat(text("SELECT status FROM ingest_runs")).isEqualTo("failed");
        assertThat(count("SELECT count(*) FROM rejects")).isEqualTo(3);
        assertThat(ingest(file).status())
                .as("a failed run does not make the file ingested")
                .isEqualTo(Status.FAILED);
    }

    @Test
    void detectionLooksPastABrokenFirstLine() throws Exception {
        FileSummary summary = ingest(write("broken-start.jsonl", List.of("{\"time.source\":", IntelMqLines.event(1))));

        assertThat(summary.format()).isEqualTo("intelmq-jsonl");
        assertThat(summary.counts()).isEqualTo(new RunCounts(2, 1, 0, 0, 0, 1));
    }

    @Test
    void vulnerabilityFilesMergeByAliasAndReportUpdates() throws Exception {
        Path cnvd = write(
                "cnvd.jsonl",
                List.of("{\"id\":\"CNVD-2026-10001\",\"aliases\":[\"CVE-2026-0001\"],\"published\":\"2026-11-23\","
                        + "\"severity\":\"high\",\"source\":\"cnvd\"}"));
        Path kev = write(
                "kev.jsonl",
                List.of("{\"id\":\"CVE-2026-0001\",\"published\":\"2026-11-20\",\"known_exploited\":true,"
                        + "\"vendor\":\"Example\",\"source\":\"kev\"}"));

        FileSummary first = ingest(cnvd);
        FileSummary second = ingest(kev);

        assertThat(first.format()).isEqualTo("sitrep-vulnerabilities-jsonl");
        assertThat(first.counts()).isEqualTo(new RunCounts(1, 1, 0, 0, 0, 0));
        assertThat(second.counts()).isEqualTo(new RunCounts(1, 0, 0, 1, 0, 0));
        assertThat(second.line()).contains("1 read, 0 accepted, 0 duplicate, 1 updated, 0 skipped, 0 rejected");
        assertThat(text("SELECT concat_ws('|', id, aliases, known_exploited, vendor, published) FROM vulnerabilities"))
                .isEqualTo("CNVD-2026-10001|[\"CVE-2026-0001\"]|true|Example|2026-11-23");
    }

    @Test
    void caseFilesUpsertByIdSoTheLaterStatusWins() throws Exception {
        String start = "{\"id\":\"CASE-7\",\"type\":\"defacement\",\"reported_at\":\"2026-11-23T03:00:00Z\","
                + "\"partners\":[{\"name\":\"Example Hosting\",\"kind\":\"hosting\",\"country\":\"SG\"}],";
        ingest(write("cases-1.jsonl", List.of(start + "\"status\":\"coordinating\"}")));

        FileSummary second = ingest(write(
                "cases-2.jsonl", List.of(start + "\"status\":\"resolved\",\"closed_at\":\"2026-11-24T00:00:00Z\"}")));

        assertThat(second.format()).isEqualTo("sitrep-cases-jsonl");
        assertThat(second.counts()).isEqualTo(new RunCounts(1, 0, 0, 1, 0, 0));
        assertThat(text("SELECT concat_ws('|', status, cross_border) FROM cases"))
                .isEqualTo("resolved|true");
        assertThat(count("SELECT count(*) FROM case_partners")).isEqualTo(1);
    }

    @Test
    void aCsvRowWithAnUnclosedQuoteIsRejected() throws Exception {
        Path file = write(
                "unclosed.csv",
                List.of(
                        "time.source,feed.name,classification.type",
                        "2026-11-23T08:00:00Z,f,phishing",
                        "2026-11-23T08:00:00Z,\"f,phishing"));

        FileSummary summary = ingest(file);

        assertThat(summary.counts()).isEqualTo(new RunCounts(2, 1, 0, 0, 0, 1));
        assertThat(summary.firstRejects().getFirst().code()).isEqualTo("bad-framing");
    }

    @Test
    void aSourceThatCannotGoOnFailsTheFileAndKeepsTheRecordsBefore() throws Exception {
        FeedFormat breaking = breaking(new IntelMqJsonlFormat());
        FormatRegistry registry = new FormatRegistry(List.of(breaking));
        IngestPipeline pipeline = new IngestPipeline(
                store,
                registry,
                List.of(),
                IngestSettings.defaults().withFormat("breaking"),
                ProgressListener.NONE,
                Clock.systemUTC());

        FileSummary summary =
                pipeline.ingestFile(write("breaks.jsonl", List.of(IntelMqLines.event(1), IntelMqLines.event(2))));

        assertThat(summary.status()).isEqualTo(Status.FAILED);
        assertThat(summary.message()).isEqualTo("breaks.jsonl is unreadable after 1 records: buffer exceeded");
        assertThat(count("SELECT count(*) FROM events")).isEqualTo(1);
        assertThat(text("SELECT status FROM ingest_runs")).isEqualTo("failed");
    }

    /** Frames one record with the wrapped format, then fails as a reader past its limits does. */
    private static FeedFormat breaking(FeedFormat format) {
        return new DeclaredFeed(
                "breaking", "fails after one record", input -> breakingAfterOne(format.open(input)), format::parser) {
            @Override
            public int detect(Sample sample) {
                return 0;
            }
        };
    }

    private static RecordSource breakingAfterOne(RecordSource source) {
        return new RecordSource() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == 1) {
                    throw new IllegalStateException("buffer exceeded");
                }
                return source.hasNext();
            }

            @Override
            public RawRecord next() {
                given++;
                return source.next();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    @Test
    void aForcedFormatIsUsedWithoutDetection() throws Exception {
        Path file = write("vulns.txt", List.of("{\"id\":\"CVE-2026-0003\",\"published\":\"2026-11-23\"}"));

        FileSummary summary = pipeline(IngestSettings.defaults().withFormat("sitrep-vulnerabilities-jsonl"))
                .ingestFile(file);

        assertThat(summary.counts().accepted()).isEqualTo(1);
    }

    @Test
    void anUndetectableFileFailsWithTheReason() throws Exception {
        FileSummary summary = ingest(write("notes.txt", List.of("hello")));

        assertThat(summary.status()).isEqualTo(Status.FAILED);
        assertThat(summary.message()).startsWith("no format recognises notes.txt");
    }

    @Test
    void aDirectoryIsIngestedFileByFileInNameOrder() throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.write(feeds.resolve("b.jsonl"), List.of(IntelMqLines.event(2)));
        Files.write(feeds.resolve("a.jsonl"), List.of(IntelMqLines.event(1)));

        IngestReport report = pipeline(IngestSettings.defaults()).ingest(List.of(feeds));

        assertThat(report.files())
                .extracting(summary -> summary.file().getFileName().toString())
                .containsExactly("a.jsonl", "b.jsonl");
        assertThat(report.totals().accepted()).isEqualTo(2);
        assertThat(report.totalLine())
                .isEqualTo("total: 2 files, 2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected");
    }
}
