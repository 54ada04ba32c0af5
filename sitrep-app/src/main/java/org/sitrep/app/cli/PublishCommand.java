package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
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

/** {@code sitrep publish}: freezes a week's figures and assessment; again for a week is a correction. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = "Publish a week's bulletin: its numbers are frozen. Publishing a published week again is a"
                + " correction (a new revision) and needs --note.")
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--week",
            required = true,
            paramLabel = "WEEK",
            converter = AssessCommand.WeekConverter.class,
            description = "The week to publish, e.g. 2024-W45.")
    IsoWeek week;

    @Option(names = "--note", paramLabel = "TEXT", description = "For a correction: what changed and why.")
    String note;

    @Option(
            names = "--force",
            paramLabel = "REASON",
            description = "Publish although an ingest run did not finish (its file was read in part), saying why;"
                    + " the reason is kept in the issue's note.")
    String force;

    @Override
    public Integer call() throws Exception {
        Path data = parent.data();
        SitrepConfig config = StoreOptions.config(data);
        if (!week.end(config.zone()).isBefore(Clock.systemUTC().instant())) {
            throw new IllegalArgumentException(
                    week + " has not ended yet; publish it after " + week.end(config.zone()));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoreOptions.openExisting(data)) {
            UnfinishedRuns unfinished = UnfinishedRuns.of(store.connection(), config.zone());
            unfinished.warn(spec.commandLine().getErr());
            String published = note;
            if (!unfinished.none()) {
                if (force == null || force.isBlank()) {
                    throw new IllegalStateException("refusing to publish " + week + ": "
                            + unfinished.runs().size() + " ingest run(s) did not finish"
                            + (unfinished.weeks().isEmpty()
                                    ? ""
                                    : " (weeks with their events: " + unfinished.weekList() + ")")
                            + ", so the week may be incomplete; ingest the files again (sitrep ingest --resume),"
                            + " or publish with --force REASON");
                }
                String forced = "published while ingest run(s) "
                        + String.join(
                                ", ",
                                unfinished.runs().stream()
                                        .map(run -> String.valueOf(run.id()))
                                        .toList())
                        + " had not finished: " + force.strip();
                published = note == null || note.isBlank() ? forced : note + " (" + forced + ")";
            }
            Bulletins bulletins = StoreOptions.bulletins(
                    store, data, config, spec.commandLine().getErr());
            Issue issue = bulletins.publish(week, published);
            bulletins.render(issue, EnumSet.allOf(Language.class), EnumSet.allOf(Format.class), true);
            bulletins.writeArchivePages();
            out.printf(
                    "published %s revision %d%s%n  %s%n",
                    week,
                    issue.revision(),
                    issue.changeNote() == null ? "" : ": " + issue.changeNote(),
                    bulletins.folder(week));
        }
        out.flush();
        return 0;
    }
}
