package org.sitrep.bench.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.demo.DemoGenerator;
import org.sitrep.ingest.demo.DemoSettings;
import org.sitrep.ingest.demo.GeneratedFiles;
import org.sitrep.ingest.enrich.Enrichment;
import org.sitrep.ingest.enrich.EnrichmentSettings;
import org.sitrep.ingest.enrich.derive.Derivation;
import org.sitrep.ingest.enrich.derive.DerivationSettings;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.pipeline.IngestReport;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.ingest.pipeline.ProgressListener;
import org.sitrep.ingest.store.EventWriter;
import org.sitrep.ingest.store.Store;
import org.sitrep.ingest.store.WriteCounts;

/**
 * End-to-end ingest at scale: for each size N, the demo generator writes about N events (10 weeks, JSON Lines, kept
 * in one file) and the same events as IntelMQ CSV; each file is then read three ways with the demo's geo table:
 * parse only, parse + enrichment + derivation, and the whole pipeline into a fresh store (and, asked for with
 * {@code -Dbench.stages=write}, the store write alone). Prints events/s (wall),
 * the peak heap seen and the store's size. Generated files are kept under {@code bench.dir} and reused.
 */
public final class IngestScaleRun {

    private static final IsoWeek LAST_WEEK = new IsoWeek(2026, 47);
    private static final int WEEKS = 10;

    private IngestScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench-ingest"));
        String stages = System.getProperty("bench.stages", "parse,enrich,ingest");
        String formats = System.getProperty("bench.formats", "jsonl,csv");
        for (String size : args) {
            long requested = (long) Double.parseDouble(size);
            Inputs inputs = Inputs.prepare(root.resolve(Long.toString(requested)), requested);
            for (String format : formats.split(",")) {
                Path file = format.equals("csv") ? inputs.csv() : inputs.jsonl();
                String name = format.equals("csv") ? "intelmq-csv" : "intelmq-jsonl";
                for (String stage : stages.split(",")) {
                    run(stage, name, file, inputs, root.resolve(Long.toString(requested)));
                }
            }
        }
    }

    static void run(String stage, String format, Path file, Inputs inputs, Path dir) throws Exception {
        if (stage.equals("write")) {
            write(format, file, inputs, dir);
            return;
        }
        System.gc();
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        long events;
        String extra = "";
        switch (stage) {
            case "parse" -> events = read(format, file, List.of());
            case "enrich" -> events = read(format, file, enrichers(inputs));
            case "ingest" -> {
                Path data = dir.resolve("store-" + format);
                deleteTree(data);
                IngestReport report;
                try (Store store = Store.open(data)) {
                    IngestPipeline pipeline = new IngestPipeline(
                            store,
                            FormatRegistry.load(),
                            Enrichment.fromSettings(
                                    new EnrichmentSettings(null, null, null, inputs.geo(), null), warning -> {}),
                            IngestSettings.defaults().withFormat(format),
                            ProgressListener.NONE,
                            Clock.systemUTC());
                    report = pipeline.ingest(List.of(file));
                }
                events = report.totals().read();
                extra = String.format(" store=%.0f MB counts=[%s]", treeSize(data) / 1e6, report.totalLine());
            }
            default -> throw new IllegalArgumentException("unknown stage " + stage);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        System.out.printf(
                "ingest %-13s %-6s events=%,d wall=%.1f s rate=%,.0f events/s peak-heap=%d MB%s%n",
                format, stage, events, seconds, events / seconds, heap.peakBytes() >> 20, extra);
    }

    private static List<Enricher> enrichers(Inputs inputs) {
        List<Enricher> chain = new ArrayList<>(
                Enrichment.fromSettings(new EnrichmentSettings(null, null, null, inputs.geo(), null), warning -> {}));
        chain.add(new Derivation(DerivationSettings.defaults()));
        return chain;
    }

    /**
     * The store write alone: every event parsed and enriched into memory first (not timed), then written through
     * the store's {@link EventWriter} in the pipeline's batches into a fresh store, closed inside the timed part.
     */
    private static void write(String format, Path file, Inputs inputs, Path dir) throws Exception {
        List<Event> events = new ArrayList<>();
        read(format, file, enrichers(inputs), events::add);
        Path data = dir.resolve("store-write-" + format);
        deleteTree(data);
        System.gc();
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        WriteCounts counts = WriteCounts.NONE;
        try (Store store = Store.open(data);
                EventWriter writer = new EventWriter(store)) {
            int batch = IngestSettings.defaults().batchSize();
            for (int from = 0; from < events.size(); from += batch) {
                counts = counts.plus(writer.write(events.subList(from, Math.min(events.size(), from + batch)), 1));
            }
            writer.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        System.out.printf(
                "ingest %-13s %-6s events=%,d wall=%.1f s rate=%,.0f events/s peak-heap=%d MB store=%.0f MB"
                        + " accepted=%,d duplicate=%,d%n",
                format,
                "write",
                events.size(),
                seconds,
                events.size() / seconds,
                heap.peakBytes() >> 20,
                treeSize(data) / 1e6,
                counts.accepted(),
                counts.duplicate());
    }

    /** Parses (and enriches, when given enrichers) every record; returns the events produced. */
    private static long read(String formatName, Path file, List<Enricher> enrichers) throws IOException {
        long[] checksum = {0};
        long events = read(
                formatName,
                file,
                enrichers,
                event -> checksum[0] += event.derived().dedupKey());
        if (checksum[0] == 42) {
            System.out.print("");
        }
        return events;
    }

    private static long read(String formatName, Path file, List<Enricher> enrichers, Consumer<Event> sink)
            throws IOException {
        FeedFormat format = FormatRegistry.load().byName(formatName);
        RecordParser parser = format.parser(new FormatContext(file.getFileName().toString(), Clock.systemUTC()));
        long events = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                RecordSource source = format.open(reader)) {
            while (source.hasNext()) {
                if (parser.parse(source.next()) instanceof ParseOutcome.Events parsed) {
                    for (Event event : parsed.events()) {
                        Event enriched = event;
                        for (Enricher enricher : enrichers) {
                            enriched = enricher.enrich(enriched);
                        }
                        sink.accept(enriched);
                        events++;
                    }
                }
            }
        }
        return events;
    }

    /** The generated inputs of one size. */
    record Inputs(Path jsonl, Path csv, Path geo) {

        static Inputs prepare(Path dir, long requested) throws IOException {
            Path jsonl = dir.resolve("events.jsonl");
            Path csv = dir.resolve("events.csv");
            Path geo = dir.resolve(DemoGenerator.GEO_FILE);
            if (Files.exists(csv)) {
                return new Inputs(jsonl, csv, geo);
            }
            long start = System.nanoTime();
            Path weeks = dir.resolve("weeks");
            DemoSettings settings = DemoSettings.defaults(Clock.systemUTC())
                    .withLastWeek(LAST_WEEK)
                    .withWeeks(WEEKS)
                    .withEventsPerWeek(Math.max(1, requested / WEEKS * 10 / 11));
            GeneratedFiles files = new DemoGenerator(settings).generate(weeks);
            Files.copy(files.geoTable(), geo);
            try (OutputStream out = Files.newOutputStream(jsonl)) {
                for (Path week : files.eventsFiles()) {
                    Files.copy(week, out);
                }
            }
            long rows = IntelMqCsvConverter.convert(List.of(jsonl), csv);
            deleteTree(weeks);
            System.out.printf(
                    "generated %,d events (%.1f GB JSON Lines, %.1f GB CSV) in %.0f s%n",
                    rows, Files.size(jsonl) / 1e9, Files.size(csv) / 1e9, (System.nanoTime() - start) / 1e9);
            return new Inputs(jsonl, csv, geo);
        }
    }

    static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
