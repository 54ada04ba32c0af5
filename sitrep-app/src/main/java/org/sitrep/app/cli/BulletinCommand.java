package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import org.sitrep.app.bulletins.ReportJson;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.Store;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep bulletin}: renders a week's issue; a published week prints its frozen numbers. */
@Command(
        name = "bulletin",
        mixinStandardHelpOptions = true,
        description = "Render a week's bulletin (a published week as published; otherwise a fresh draft).")
final class BulletinCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--week",
            paramLabel = "WEEK",
            converter = AssessCommand.WeekConverter.class,
            description = "The week, e.g. 2024-W45 (default: the latest complete week).")
    IsoWeek week;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            defaultValue = "all",
            description = "zh-CN, en or all (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "all",
            split = ",",
            description = "html, pdf, md, json, blocklist or all; several with commas (default: ${DEFAULT-VALUE}).")
    List<String> format;

    @Option(names = "--fresh", description = "Recompute a published week from the store as it is now (a draft).")
    boolean fresh;

    @Override
    public Integer call() throws Exception {
        Set<Language> languages = languages(lang);
        Set<Format> formats = EnumSet.noneOf(Format.class);
        boolean json = false;
        for (String name : format) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "all" -> {
                    formats.addAll(EnumSet.allOf(Format.class));
                    json = true;
                }
                case "html" -> formats.add(Format.HTML);
                case "pdf" -> formats.add(Format.PDF);
                case "md", "markdown" -> formats.add(Format.MARKDOWN);
                case "blocklist" -> formats.add(Format.BLOCKLIST);
                case "json" -> json = true;
                default ->
                    throw new IllegalArgumentException(
                            "unknown format " + name + "; use html, pdf, md, json, blocklist or all");
            }
        }
        Path data = parent.data();
        SitrepConfig config = StoreOptions.config(data);
        IsoWeek target =
                week != null ? week : IsoWeek.latestComplete(Clock.systemUTC().instant(), config.zone());
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoreOptions.openExisting(
                data, config.zone(), spec.commandLine().getErr())) {
            Bulletins bulletins = StoreOptions.bulletins(
                    store, data, config, spec.commandLine().getErr());
            if (!bulletins.reports().hasData(target)
                    && bulletins.archive().published(target).isEmpty()) {
                // written all the same: its sections say they have no data and it is not rated
                spec.commandLine()
                        .getErr()
                        .println("sitrep: the store holds no data for " + target
                                + "; the bulletin says so and gives no rating");
            }
            Issue issue = bulletins.issue(target, fresh);
            List<Path> files = bulletins.render(issue, languages, formats, json);
            bulletins.writeArchivePages();
            out.printf(
                    "%s, revision %d (%s)%n",
                    target, issue.revision(), issue.published() ? "published " + issue.publishedAt() : "draft");
            files.forEach(file -> out.println("  " + file));
            ReportJson.read(issue).assessment().placeholderNote().ifPresent(note -> out.println("note: " + note));
        }
        out.flush();
        return 0;
    }

    static Set<Language> languages(String lang) {
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "all" -> EnumSet.allOf(Language.class);
            case "zh", "zh-cn", "cn" -> EnumSet.of(Language.CHINESE);
            case "en", "en-us", "en-gb" -> EnumSet.of(Language.ENGLISH);
            default -> throw new IllegalArgumentException("unknown language " + lang + "; use zh-CN, en or all");
        };
    }
}
