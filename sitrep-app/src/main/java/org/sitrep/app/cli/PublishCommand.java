package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import org.sitrep.app.bulletins.Publication;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep publish}: freezes a week's figures and assessment; again for a week is a correction. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = "Publish a week's bulletin (--week is required): its numbers are frozen. Publishing a published"
                + " week again is a correction (a new revision) and needs --note.")
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    WeekOption week;

    @Mixin
    JsonOption json;

    @Option(names = "--note", paramLabel = "TEXT", description = "For a correction: what changed and why.")
    String note;

    @Option(
            names = "--force",
            paramLabel = "REASON",
            description = "Publish although an ingest run did not finish (its file was read in part), saying why;"
                    + " the reason is kept in the issue's note.")
    String force;

    /** What {@code --json} prints: the issue published and the files written for it. */
    record Published(String week, int revision, @Nullable String changeNote, String folder, List<String> files) {}

    @Override
    public Integer call() throws Exception {
        IsoWeek week = this.week.required("the week to publish");
        CommandContext context = parent.context();
        SitrepConfig config = context.config();
        Bulletins bulletins = context.bulletins();
        Publication.Published done;
        try {
            done = Publication.publish(
                    bulletins,
                    context.store().connection(),
                    week,
                    note,
                    force,
                    config.zone(),
                    Clock.systemUTC().instant());
        } catch (Publication.RefusedException refused) {
            // a week not ended and a correction without --note are usage errors (2); an unfinished run a failure (1)
            if (refused.reason() == Publication.RefusedException.Reason.INGEST_UNFINISHED) {
                throw refused;
            }
            throw new IllegalArgumentException(refused.getMessage(), refused);
        }
        Issue issue = done.issue();
        List<Path> files = done.files();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(
                    out,
                    new Published(
                            week.toString(),
                            issue.revision(),
                            issue.changeNote(),
                            bulletins.folder(week).toString(),
                            files.stream().map(Path::toString).toList()));
        } else {
            out.printf(
                    "published %s revision %d%s%n  %s%n",
                    week,
                    issue.revision(),
                    issue.changeNote() == null ? "" : ": " + issue.changeNote(),
                    bulletins.folder(week));
            out.flush();
        }
        return ExitCodes.SUCCESS;
    }
}
