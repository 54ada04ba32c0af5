package org.sitrep.ingest.pipeline;

import com.google.common.io.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.enrich.derive.Derivation;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.RunCounts;
import org.sitrep.ingest.store.Store;

/**
 * Ingests input files into the store: for each file its SHA-256 decides whether it was ingested before; otherwise
 * its parts (the file, its gzip content, each zip entry) are decoded, framed and parsed by their format, events
 * go through the enrichers and then derivation, and everything is written in batches with the rejects. Memory
 * stays bounded by the batch size, whatever the file's size.
 */
public final class IngestPipeline {

    private final Store store;
    private final FormatRegistry formats;
    private final List<Enricher> enrichers;
    private final IngestSettings settings;
    private final ProgressListener progress;
    private final Clock clock;
    private final IngestRuns runs;
    private final Sinks sinks;

    /**
     * @param enrichers run in order on every event before derivation (geo, ASN, …)
     */
    public IngestPipeline(
            Store store,
            FormatRegistry formats,
            List<Enricher> enrichers,
            IngestSettings settings,
            ProgressListener progress,
            Clock clock)
            throws SQLException {
        this.store = store;
        this.formats = formats;
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
        List<Enricher> chain = new ArrayList<>(enrichers);
        chain.add(new Derivation(settings.derivation()));
        this.enrichers = List.copyOf(chain);
        this.runs = new IngestRuns(store.connection());
        this.sinks = new Sinks(
                store,
                settings.derivation().homeCountry(),
                settings.derivation().zone());
        if (settings.format() != null) {
            formats.byName(settings.format());
        }
    }

    /** A pipeline with the default settings, no enrichers besides derivation, and no progress output. */
    public static IngestPipeline withDefaults(Store store) throws SQLException {
        return new IngestPipeline(
                store,
                FormatRegistry.load(),
                List.of(),
                IngestSettings.defaults(),
                ProgressListener.NONE,
                Clock.systemUTC());
    }

    /**
     * Ingests files and directories (every regular file in a directory, sorted by name, not recursing; hidden files
     * and the store's own files are left out). Each file is judged on its own: one that cannot be read fails with
     * its reason and the next is read. A store that cannot be written (a full disk) ends the call with the file
     * named; its run is left unfinished and a later run of the file completes it.
     */
    public IngestReport ingest(List<Path> inputs) throws IOException, SQLException {
        List<FileSummary> summaries = new ArrayList<>();
        for (Path file : expand(inputs)) {
            // a link that loops or points nowhere, a pipe or a device is refused on its own (never opened: a pipe
            // would block), and the other inputs are read
            FileSummary summary = Files.isRegularFile(file) ? ingestOrRefuse(file) : refused(file);
            progress.finished(summary);
            summaries.add(summary);
        }
        return new IngestReport(summaries);
    }

    private static FileSummary refused(Path input) {
        return new FileSummary(
                input, FileSummary.Status.FAILED, null, null, RunCounts.NONE, List.of(), InputProblems.notAFile(input));
    }

    private FileSummary ingestOrRefuse(Path file) throws SQLException {
        try {
            return ingestFile(file);
        } catch (IOException unreadable) {
            return new FileSummary(
                    file,
                    FileSummary.Status.FAILED,
                    null,
                    null,
                    RunCounts.NONE,
                    List.of(),
                    "cannot read the file: " + InputProblems.describe(unreadable));
        } catch (SQLException storeFailure) {
            throw new SQLException(
                    file + ": the store could not be written (" + InputProblems.firstLine(storeFailure) + ")",
                    storeFailure.getSQLState(),
                    storeFailure);
        }
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> children = Files.list(input)) {
                    children.filter(Files::isRegularFile)
                            .filter(child -> !child.getFileName().toString().startsWith("."))
                            .filter(child -> !child.getFileName().toString().startsWith(Store.FILE_NAME))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return List.copyOf(files);
    }

    /** Ingests one file; an earlier unfinished or failed run of the same content is superseded ({@link IngestRuns}). */
    public FileSummary ingestFile(Path file) throws IOException, SQLException {
        String digest = sha256(file);
        OptionalLong earlier = runs.completedRun(digest);
        if (earlier.isPresent()) {
            return new FileSummary(
                    file,
                    FileSummary.Status.ALREADY_INGESTED,
                    earlier.getAsLong(),
                    null,
                    RunCounts.NONE,
                    List.of(),
                    null);
        }
        long runId =
                runs.start(file.toAbsolutePath().normalize().toString(), digest, settings.format(), clock.instant());
        runs.supersedeEarlier(digest, runId);
        try (FileRun run = new FileRun(
                file, runId, Files.size(file), settings, enrichers, sinks, runs, progress, clock.instant())) {
            return read(file, runId, run);
        }
    }

    private FileSummary read(Path file, long runId, FileRun run) throws IOException, SQLException {
        Set<String> formatNames = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(file))) {
            run.countBytes(counted);
            InputParts.forEach(file.getFileName().toString(), counted, (name, content, expansion) -> {
                String failure = readPart(run, name, content, expansion, formatNames);
                if (failure != null) {
                    failures.add(failure);
                }
            });
        } catch (FileRun.BoundToFail stopped) {
            failures.add(stopped.getMessage());
        } catch (IllegalArgumentException | IOException | UncheckedIOException unreadable) {
            failures.add(InputProblems.describe(unreadable));
        }
        run.flush();
        String format = formatNames.isEmpty() ? null : String.join(",", formatNames);
        boolean overRatio = run.counts().rejectRatio() > settings.maxRejectRatio();
        if (overRatio && failures.isEmpty()) {
            failures.add(String.format(
                    "%d of %d records rejected, above the allowed ratio %.2f",
                    run.counts().rejected(), run.counts().read(), settings.maxRejectRatio()));
        }
        boolean failed = !failures.isEmpty();
        runs.finish(runId, format, run.counts(), failed ? IngestRuns.FAILED : IngestRuns.COMPLETED, clock.instant());
        return new FileSummary(
                file,
                failed ? FileSummary.Status.FAILED : FileSummary.Status.COMPLETED,
                runId,
                format,
                run.counts(),
                run.firstRejects(),
                failed ? String.join("; ", failures) : null);
    }

    /**
     * Reads one part (the file, or one entry of its archive); a part that cannot be read is refused with its reason
     * and the next entry is read. Returns the refusal, or {@code null}.
     */
    private @Nullable String readPart(
            FileRun run, String name, InputStream content, long expansion, Set<String> formatNames)
            throws IOException, SQLException {
        String code;
        String reason;
        try {
            DecodedInput decoded = DecodedInput.open(name, content, settings.charset());
            FeedFormat format =
                    settings.format() != null ? formats.byName(settings.format()) : formats.detect(decoded.sample());
            formatNames.add(format.name());
            run.read(
                    name,
                    format.open(decoded.reader()),
                    RecordGuard.around(format.parser(new FormatContext(name, clock, settings.feed(format.name())))),
                    expansion);
            return null;
        } catch (FileRun.BoundToFail stopped) {
            throw stopped;
        } catch (IllegalArgumentException unrecognised) {
            code = RejectCode.UNKNOWN_FORMAT.code();
            reason = String.valueOf(unrecognised.getMessage());
        } catch (IOException | UncheckedIOException unreadable) {
            code = RejectCode.UNREADABLE.code();
            reason = InputProblems.describe(unreadable);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            code = RejectCode.TOO_LARGE.code();
            reason = "reading it ran out of " + (exhausted instanceof OutOfMemoryError ? "memory" : "stack") + " after "
                    + run.recordsRead() + " records";
        }
        run.partFailed(name, 0, code, reason);
        // an archive's entry is named; a file's own failure is already on the file's line
        return name.contains("!") && !reason.startsWith(name) ? name + ": " + reason : reason;
    }

    public Store store() {
        return store;
    }

    /** The SHA-256 of a file's bytes, as hex: what makes two inputs the same. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
