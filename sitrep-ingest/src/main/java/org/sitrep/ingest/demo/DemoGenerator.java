package org.sitrep.ingest.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.event.BulletinKind;

/**
 * Writes the demo data: weeks of realistic events, vulnerabilities and cases of a synthetic world, in Sitrep's
 * native input formats, plus the world's geo table so that enrichment can place every address.
 *
 * <p>Deterministic: the same settings give byte-identical files (every draw comes from {@link Rng} streams seeded
 * by the seed and the week; nothing depends on the clock, the locale or hash iteration order).
 *
 * <p>Bounded memory at any scale: events are streamed to buffered writers as they are drawn, one week after the
 * other, in time order without sorting (see {@link WeekEventStream}); the world keeps a few hundred address ranges
 * and small tables and derives every host, site and domain from its number ({@link DemoWorld}). What grows with
 * the event count is only time and the files; per week the generator holds the sorted report times of its few
 * hundred cases and vulnerabilities, whose number does not depend on {@code eventsPerWeek}.
 */
public final class DemoGenerator {
    public static final String GEO_FILE = "geo.csv";
    public static final String VULNERABILITIES_FILE = "vulnerabilities.jsonl";
    public static final String CASES_FILE = "cases.jsonl";
    private static final int BUFFER = 1 << 16;
    private static final long PROGRESS_EVERY = 10_000;

    private final DemoSettings settings;
    private final DemoWorld world;
    private final List<WeekPlan> plans;

    public DemoGenerator(DemoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings are required");
        this.world = new DemoWorld(settings.seed(), settings.eventsPerWeek());
        this.plans = WeekPlan.plan(settings);
    }

    /** The name of a week's events file: {@code events-2024-W45.jsonl}. */
    public static String eventsFileName(org.sitrep.core.week.IsoWeek week) {
        return "events-" + week + ".jsonl";
    }

    public DemoWorld world() {
        return world;
    }

    /** Writes every file into the directory without reporting progress. */
    public GeneratedFiles generate(Path directory) throws IOException {
        return generate(directory, GenerationProgress.NONE);
    }

    /** Writes every file into the directory (created if missing; files of the same names are replaced). */
    public GeneratedFiles generate(Path directory, GenerationProgress listener) throws IOException {
        Objects.requireNonNull(listener, "listener is required");
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        try (Writer geo = writer(directory.resolve(GEO_FILE))) {
            world.writeGeoTable(geo);
        }
        files.add(directory.resolve(GEO_FILE));
        Progress progress = new Progress(
                listener, plans.stream().mapToLong(WeekPlan::primaryEvents).sum());
        List<Map<BulletinKind, Long>> events = new ArrayList<>();
        for (WeekPlan plan : plans) {
            Path file = directory.resolve(eventsFileName(plan.week()));
            try (Writer out = writer(file)) {
                events.add(writeEvents(plan, out, progress));
            }
            files.add(file);
        }
        List<WeekCounts> weeks = new ArrayList<>();
        try (Writer vulnerabilities = writer(directory.resolve(VULNERABILITIES_FILE));
                Writer cases = writer(directory.resolve(CASES_FILE))) {
            VulnerabilityFileWriter vulnerabilityWriter = new VulnerabilityFileWriter(settings.seed());
            CaseFileWriter caseWriter = new CaseFileWriter(world);
            JsonLine line = new JsonLine();
            for (int i = 0; i < plans.size(); i++) {
                WeekPlan plan = plans.get(i);
                long start = plan.week().start(settings.zone()).getEpochSecond();
                int vulnerabilityCount = vulnerabilityWriter.write(plan, line, vulnerabilities);
                int caseCount = caseWriter.write(plan, start, line, cases);
                Path eventsFile = directory.resolve(eventsFileName(plan.week()));
                weeks.add(new WeekCounts(plan.week(), eventsFile, events.get(i), vulnerabilityCount, caseCount));
            }
        }
        files.add(directory.resolve(VULNERABILITIES_FILE));
        files.add(directory.resolve(CASES_FILE));
        return new GeneratedFiles(directory, files, weeks);
    }

    /** Writes one week's events to any writer (the tests count them without touching the disk). */
    Map<BulletinKind, Long> writeEvents(WeekPlan plan, Writer out, Progress progress) throws IOException {
        Map<BulletinKind, Long> counts = new WeekEventStream(world, plan, settings.zone())
                .write(out, lines -> progress.add(lines, plan.week().toString()));
        progress.weekDone(plan.week().toString());
        return counts;
    }

    List<WeekPlan> plans() {
        return plans;
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
    }

    /** Counts lines and tells the listener every {@value #PROGRESS_EVERY} lines and at the end of each week. */
    static final class Progress {
        private final GenerationProgress listener;
        private final long planned;
        private long written;
        private long lastReported;

        Progress(GenerationProgress listener, long planned) {
            this.listener = listener;
            this.planned = planned;
        }

        void add(long lines, String week) {
            written += lines;
            if (written - lastReported >= PROGRESS_EVERY) {
                lastReported = written;
                listener.progress(written, planned, week);
            }
        }

        void weekDone(String week) {
            lastReported = written;
            listener.progress(written, planned, week);
        }

        long written() {
            return written;
        }
    }
}
