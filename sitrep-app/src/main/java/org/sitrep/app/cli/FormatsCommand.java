package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.ingest.formats.FormatRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep formats}: the feed formats {@code sitrep ingest} reads, and what each produces. */
@Command(
        name = "formats",
        mixinStandardHelpOptions = true,
        description = "List the feed formats `sitrep ingest` detects (or takes with --format NAME).")
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FormatRegistry registry = FormatRegistry.load();
        int width = registry.names().stream().mapToInt(String::length).max().orElse(10);
        for (String name : registry.names()) {
            FeedFormat format = registry.byName(name);
            out.printf("%-" + width + "s  %s%n", name, format.description());
        }
        out.flush();
        return 0;
    }
}
