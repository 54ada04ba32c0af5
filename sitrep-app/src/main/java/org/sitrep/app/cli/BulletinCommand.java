package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import org.sitrep.app.bulletins.ReportJson;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    WeekOption week;

    @Mixin
    LanguageOption language;

    @Mixin
    JsonOption json;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "all",
            split = ",",
            description = "html, pdf, md, json, blocklist or all; several with commas (default: ${DEFAULT-VALUE}).")
    List<String> format;

    @Option(names = "--fresh", description = "Recompute a published week from the store as it is now (a draft).")
    boolean fresh;

    /** What {@code --json} prints: the issue rendered and the files written. */
    record Rendered(
            String week,
            int revision,
            boolean published,
            @Nullable Instant publishedAt,
            List<String> files,
            @Nullable String note) {}

    @Override
    public Integer call() throws Exception {
        Set<Language> languages = language.languages();
        Set<Format> formats = EnumSet.noneOf(Format.class);
        boolean twin = false;
        for (String name : format) {
            switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "all" -> {
                    formats.addAll(EnumSet.allOf(Format.class));
                    twin = true;
                }
                case "html" -> formats.add(Format.HTML);
                case "pdf" -> formats.add(Format.PDF);
                case "md", "markdown" -> formats.add(Format.MARKDOWN);
                case "blocklist" -> formats.add(Format.BLOCKLIST);
                case "json" -> twin = true;
                default ->
                    throw new IllegalArgumentException(
                            "unknown format " + name + "; use html, pdf, md, json, blocklist or all");
            }
        }
        CommandContext context = parent.context();
        IsoWeek target = week.orLatestComplete(
                Clock.systemUTC().instant(), context.config().zone());
        Bulletins bulletins = context.bulletins();
        if (!bulletins.reports().hasData(target)
                && bulletins.archive().published(target).isEmpty()) {
            // written all the same: its sections say they have no data and it is not rated
            context.err()
                    .println("sitrep: the store holds no data for " + target
                            + "; the bulletin says so and gives no rating");
            context.err().flush();
        }
        Issue issue = bulletins.issue(target, fresh);
        List<Path> files = new ArrayList<>(bulletins.render(issue, languages, formats, twin));
        files.addAll(bulletins.writeArchivePages());
        String note = ReportJson.read(issue).assessment().placeholderNote().orElse(null);
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(
                    out,
                    new Rendered(
                            target.toString(),
                            issue.revision(),
                            issue.published(),
                            issue.publishedAt(),
                            files.stream().map(Path::toString).toList(),
                            note));
            return ExitCodes.SUCCESS;
        }
        out.printf(
                "%s, revision %d (%s)%n",
                target, issue.revision(), issue.published() ? "published " + issue.publishedAt() : "draft");
        files.forEach(file -> out.println("  " + file));
        if (note != null) {
            out.println("note: " + note);
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
