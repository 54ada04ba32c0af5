package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.FileSummary;
import org.sitrep.ingest.pipeline.IngestReport;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.ingest.store.DiskHeadroom;
import org.sitrep.ingest.store.RejectRecord;
import org.sitrep.ingest.store.RunCounts;
import org.sitrep.ingest.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest FILE|DIR…}: reads feed files into the store and says what became of every record. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Ingest feed files (a directory: every file in it) into the store.",
            "Exit status: 0 all good, 1 a file failed (too many rejects or unreadable), 2 usage error.",
            "Needs about " + DiskHeadroom.NEEDED_MB + " MB free in the data directory (the store's write-ahead log)."
        })
public final class IngestCommand implements Callable<Integer> {

    /** Rejects listed on the terminal; the reject log in the store has them all. */
    static final int LISTED_REJECTS = 20;

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Files or directories to ingest.")
    List<Path> inputs = List.of();

    @Option(
            names = "--resume",
            description = "Also ingest again the files of runs that did not finish (killed, out of disk), where the"
                    + " file is still there with the same content.")
    boolean resume;

    @Option(
            names = "--allow-missing-enrichment",
            description = "Ingest even when a configured enrichment database (.mmdb, .xdb, ranges file, registrar"
                    + " directory) is missing or unreadable; its fields then stay unknown for the events ingested.")
    boolean allowMissingEnrichment;

    @Option(
            names = "--wait",
            description = "When another sitrep command is using the store, wait for it instead of failing.")
    boolean waitForStore;

    @Option(names = "--format", paramLabel = "NAME", description = "Read every file in this format (default: detect).")
    String format;

    @Option(
            names = "--charset",
            paramLabel = "NAME",
            description = "Encoding of files without a byte-order mark, e.g. GB18030 (default: UTF-8).")
    String charset;

    @Option(
            names = "--max-reject-ratio",
            paramLabel = "R",
            defaultValue = "0.5",
            description = "Fail a file whose rejected share of records is above R (default: ${DEFAULT-VALUE}).")
    double maxRejectRatio;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Records written to the store at a time (default: ${DEFAULT-VALUE}).")
    int batchSize;

    // every file's counts and first rejects, as JSON
    @Mixin
    JsonOption json;

    /**
     * The result of an ingest as {@code --json} prints it: per file its run (the earlier run for a file already
     * ingested; none for a file that could not be read), its counts and first rejects; the totals, and how many
     * records were rejected in all ({@code sitrep rejects} lists them).
     */
    record IngestJson(List<FileJson> files, RunCounts totals, long rejects, boolean failed) {

        record FileJson(
                String file,
                String status,
                @Nullable Long runId,
                @Nullable String format,
                RunCounts counts,
                List<RejectRecord> firstRejects,
                @Nullable String message) {}

        static IngestJson of(IngestReport report) {
            List<FileJson> files = report.files().stream()
                    .map(file -> new FileJson(
                            file.file().toString(),
                            file.status().name().toLowerCase(Locale.ROOT),
                            file.runId(),
                            file.format(),
                            file.counts(),
                            file.firstRejects(),
                            file.message()))
                    .toList();
            RunCounts totals = report.totals();
            return new IngestJson(files, totals, totals.rejected(), report.failed());
        }
    }

    @Override
    public Integer call() throws Exception {
        StoreOptions.refuseWhenServed(parent.data); // before any warning: nothing else is worth saying then
        CommandContext context = parent.context();
        SitrepConfig config = context.config();
        IngestSettings settings = settings(context);
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                // checked before the store is opened, so that a mistyped name leaves no empty store behind
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + input);
            }
        }
        if (inputs.isEmpty() && !resume) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give FILE|DIR… to ingest, or --resume");
        }
        List<Enricher> enrichers = enrichers(context);
        DiskHeadroom.check(context.data());
        // the formats read their files (the Shadowserver schema) before the store is opened, for the same reason
        FormatRegistry formats = context.formats();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = context.err();
        Store store = context.storeForWriting(waitForStore);
        List<Path> files = new ArrayList<>(inputs);
        if (resume) {
            files.addAll(Resumable.files(store, err));
        }
        // each file's summary line is a result, on standard output; with --json it is progress, on standard error
        IngestReport report = StoreOptions.pipeline(
                        store, formats, enrichers, settings, new CommandProgress(err, json.on() ? err : out))
                .ingest(files);
        if (report.files().stream().allMatch(file -> file.runId() == null)) {
            context.discardIfUnwritten(); // every file refused before it was read: no run started
        }
        if (json.on()) {
            JsonOption.print(out, IngestJson.of(report));
        } else {
            printRejects(out, report);
            out.println(report.totalLine());
            out.flush();
        }
        UnfinishedRuns.warn(store.connection(), config.zone(), err);
        return report.failed() ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
    }

    /** The configured enrichment; one configured but unavailable stops the ingest unless it is allowed. */
    private List<Enricher> enrichers(CommandContext context) {
        List<String> unavailable = new ArrayList<>();
        List<Enricher> enrichers =
                StoreOptions.enrichers(context.config(), context.data(), context::warn, unavailable::add);
        if (!unavailable.isEmpty()) {
            if (!allowMissingEnrichment) {
                throw new IllegalStateException("not ingesting: the " + unavailable.getFirst()
                        + (unavailable.size() > 1 ? " (and " + (unavailable.size() - 1) + " more)" : "")
                        + "; fix sitrep.yaml's enrichment: or pass --allow-missing-enrichment");
            }
            unavailable.forEach(context::warn);
        }
        return enrichers;
    }

    private IngestSettings settings(CommandContext context) {
        if (format != null) {
            context.formats().byName(format); // refuses an unknown name with the known ones
        }
        return StoreOptions.ingestSettings(context.config())
                .withFormat(format)
                .withCharset(charset == null ? null : charset(charset))
                .withMaxRejectRatio(maxRejectRatio)
                .withBatchSize(batchSize);
    }

    private Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown charset " + name);
        }
    }

    /** {@code file:line field — reason} for the first rejects of all files, then how many more there are. */
    static void printRejects(PrintWriter out, IngestReport report) {
        List<String> lines = new ArrayList<>();
        long total = 0;
        for (FileSummary file : report.files()) {
            total += file.counts().rejected();
            for (RejectRecord reject : file.firstRejects()) {
                lines.add(describe(reject));
            }
        }
        if (total == 0) {
            return;
        }
        out.println("rejected:");
        lines.stream().limit(LISTED_REJECTS).forEach(line -> out.println("  " + line));
        long more = total - Math.min(LISTED_REJECTS, lines.size());
        if (more > 0) {
            out.println("  … and " + more + " more: sitrep rejects lists them all");
        }
    }

    static String describe(RejectRecord reject) {
        return reject.file() + ":" + reject.line() + " " + (reject.field() == null ? "record" : reject.field()) + " — "
                + reject.detail() + " [" + reject.code() + "]";
    }
}
