package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.bulletins.Issue;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.ingest.store.Store;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() throws Exception {
        Path data = parent.data();
        SitrepConfig config = StoreOptions.config(data);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = StoreOptions.openExisting(
                data, config.zone(), spec.commandLine().getErr())) {
            Bulletins bulletins = StoreOptions.bulletins(
                    store, data, config, spec.commandLine().getErr());
            for (Issue issue : bulletins.archive().allRevisions()) {
                out.printf(
                        "%s  rev %d  %-9s  %s%s%n",
                        issue.week(),
                        issue.revision(),
                        issue.published() ? "published" : "draft",
                        issue.published() ? issue.publishedAt() : issue.createdAt(),
                        issue.changeNote() == null ? "" : "  " + issue.changeNote());
            }
            bulletins.writeArchivePages().forEach(file -> out.println("wrote " + file));
        }
        out.flush();
        return 0;
    }
}
