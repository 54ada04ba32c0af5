package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.bulletins.BulletinFiles;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import org.sitrep.app.bulletins.ReportJson;
import org.sitrep.app.bulletins.WeekReport;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.app.server.StoreDataSource;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.config.ServerSettings;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.demo.DemoSettings;
import org.sitrep.ingest.demo.GeneratedFiles;
import org.sitrep.ingest.enrich.Enrichment;
import org.sitrep.ingest.enrich.EnrichmentSettings;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.pipeline.IngestReport;
import org.sitrep.ingest.store.Store;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: a realistic synthetic quarter from nothing to bulletins. Generates the feeds (once per
 * seed and week), ingests them through the real pipeline and enrichment, publishes the earlier weeks and writes
 * the latest week's bulletin. A second run reuses what is there: the files, the store (ingest skips files it has
 * seen) and the published issues.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Generate 13 weeks of realistic data, ingest it, write the latest week's bulletin, and serve it"
                + " (sitrep serve) unless --no-serve is given.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    // the last week of the demo
    @Mixin
    WeekOption week;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic world (default: a fixed one).")
    Long seed;

    @Option(
            names = "--events-per-week",
            paramLabel = "N",
            description = "About how many events each week holds (default: 100000).")
    Long eventsPerWeek;

    @Option(
            names = "--no-serve",
            description = "Stop when the bulletin is written, instead of serving the data directory afterwards.")
    boolean noServe;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CommandContext context = parent.context();
        Path data = context.data();
        Files.createDirectories(data);
        DemoSettings settings = settings();
        out.printf(
                "sitrep demo: %d weeks ending %s, seed %d, data in %s%n",
                settings.weeks(), settings.lastWeek(), settings.seed(), data.toAbsolutePath());
        GeneratedFiles files = DemoFiles.ensure(data.resolve("demo"), settings, out, context.err());
        SitrepConfig config = context.config();
        ingest(context.storeForWriting(false), files, config, out, context.err());
        Bulletins bulletins = context.bulletins();
        publishEarlierWeeks(settings, bulletins, out);
        Issue latest = bulletins.draft(settings.lastWeek());
        List<Path> written = bulletins.render(latest, EnumSet.allOf(Language.class), EnumSet.allOf(Format.class), true);
        bulletins.writeArchivePages();
        WeekReport report = ReportJson.read(latest);
        Band band = report.assessment().finalBand();
        out.printf(
                "%s: rated %s (%s), vulnerability threat level %s%n",
                BulletinFiles.title(settings.lastWeek(), Language.CHINESE),
                band != null ? band.chinese() : "—",
                band != null ? band.english() : "not rated, no data",
                report.assessment().vulnerabilities().level().chinese());
        report.assessment().placeholderNote().ifPresent(note -> out.println("note: " + note));
        Path folder = bulletins.folder(settings.lastWeek()).toAbsolutePath();
        out.println("the bulletin (draft, " + written.size() + " files): " + folder);
        out.println("  zh-CN: " + folder.resolve("zh-CN/bulletin.html") + " and bulletin.pdf, bulletin.md");
        out.println("  en:    " + folder.resolve("en/bulletin.html") + " and bulletin.pdf, bulletin.md");
        out.println("  json:  " + folder.resolve("bulletin.json"));
        out.println("all issues: " + data.resolve("bulletins/index.html").toAbsolutePath());
        out.println("next: sitrep figures --week " + settings.lastWeek() + ", sitrep assess --week "
                + settings.lastWeek() + ", sitrep publish --week " + settings.lastWeek());
        boolean hasUsers = !new Users(
                        new StoreDataSource(new StoreConnections(context.storeForWriting(false))), Clock.systemUTC())
                .isEmpty();
        // the server owns the store from here: this command's hold on it ends first
        context.close();
        out.flush();
        if (noServe) {
            return ExitCodes.SUCCESS;
        }
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings server = config.server();
        err.println("sitrep demo: now serving " + data.toAbsolutePath() + " on http://" + server.bind() + ":"
                + server.port() + "/ (`sitrep demo --no-serve` stops before this); "
                + (hasUsers
                        ? "sign in as one of its users (sitrep users list)"
                        : "the first start below says how to sign in as admin"));
        err.flush();
        ServeCommand.serve(new SitrepServer.Settings(data, server.bind(), server.port()), server.logFormat(), err);
        return ExitCodes.SUCCESS;
    }

    private DemoSettings settings() {
        DemoSettings settings = DemoSettings.defaults(Clock.systemUTC());
        if (week.given().isPresent()) {
            settings = settings.withLastWeek(week.given().get());
        }
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        if (eventsPerWeek != null) {
            settings = settings.withEventsPerWeek(eventsPerWeek);
        }
        return settings;
    }

    private static void ingest(Store store, GeneratedFiles files, SitrepConfig config, PrintWriter out, PrintWriter err)
            throws IOException, SQLException {
        // The demo configures only its own synthetic geo table on purpose: no warnings about other databases.
        EnrichmentSettings enrichment = new EnrichmentSettings(null, null, null, files.geoTable(), null);
        IngestPipeline pipeline = StoreOptions.pipeline(
                store,
                FormatRegistry.load(),
                Enrichment.fromSettings(enrichment, warning -> {}),
                StoreOptions.ingestSettings(config),
                new CommandProgress(err, out));
        List<Path> inputs = files.files().stream()
                .filter(file -> !file.equals(files.geoTable()))
                .toList();
        IngestReport report = pipeline.ingest(inputs);
        out.println(report.totalLine());
        if (report.failed()) {
            throw new IllegalStateException("the demo's own files did not ingest cleanly; see the lines above");
        }
    }

    private static void publishEarlierWeeks(DemoSettings settings, Bulletins bulletins, PrintWriter out)
            throws SQLException, IOException {
        int published = 0;
        for (int back = settings.weeks() - 1; back >= 1; back--) {
            IsoWeek earlier = settings.lastWeek().minusWeeks(back);
            if (bulletins.archive().published(earlier).isPresent()
                    || !bulletins.reports().hasData(earlier)) {
                continue;
            }
            Issue issue = bulletins.publish(earlier, null);
            bulletins.render(issue, EnumSet.allOf(Language.class), EnumSet.of(Format.HTML), true);
            published++;
        }
        out.printf(
                "published %d earlier weeks (%d already in the archive)%n",
                published, bulletins.archive().publishedIssues().size() - published);
    }
}
