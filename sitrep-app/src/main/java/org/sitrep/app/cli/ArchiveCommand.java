package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep archive}: lists every issue and revision and rewrites the archive's index and Atom feed. */
@Command(
        name = "archive",
        mixinStandardHelpOptions = true,
        description = "List every issue and revision; rewrite bulletins/index.html and bulletins/atom.xml.")
final class ArchiveCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    /** What {@code --json} prints: every revision, oldest first as the archive lists them, and the pages written. */
    record Archive(List<Revision> issues, List<String> wrote) {

        record Revision(
                String week,
                int revision,
                String status,
                Instant createdAt,
                @Nullable Instant publishedAt,
                @Nullable String changeNote) {}
    }

    @Override
    public Integer call() throws Exception {
        Bulletins bulletins = parent.context().bulletins();
        List<Issue> issues = bulletins.archive().allRevisions();
        List<Path> written = bulletins.writeArchivePages();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(
                    out,
                    new Archive(
                            issues.stream()
                                    .map(issue -> new Archive.Revision(
                                            issue.week().toString(),
                                            issue.revision(),
                                            issue.published() ? "published" : "draft",
                                            issue.createdAt(),
                                            issue.publishedAt(),
                                            issue.changeNote()))
                                    .toList(),
                            written.stream().map(Path::toString).toList()));
            return ExitCodes.SUCCESS;
        }
        for (Issue issue : issues) {
            out.printf(
                    "%s  rev %d  %-9s  %s%s%n",
                    issue.week(),
                    issue.revision(),
                    issue.published() ? "published" : "draft",
                    issue.published() ? issue.publishedAt() : issue.createdAt(),
                    issue.changeNote() == null ? "" : "  " + issue.changeNote());
        }
        written.forEach(file -> out.println("wrote " + file));
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
