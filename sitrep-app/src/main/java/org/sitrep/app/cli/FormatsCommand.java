package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.ingest.formats.FormatRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep formats}: the feed formats {@code sitrep ingest} reads, and what each produces; with
 * {@code --kinds}, what each classification counts as in the bulletin.
 */
@Command(
        name = "formats",
        mixinStandardHelpOptions = true,
        description = "List the feed formats `sitrep ingest` detects (or takes with --format NAME).")
final class FormatsCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--kinds",
            description = "Print the bulletin kinds instead: which classification type and identifier count as"
                    + " what (sitrep.yaml bulletin_kinds, first matching rule wins).")
    boolean kinds;

    @Mixin
    JsonOption json;

    /** What {@code --json} prints without {@code --kinds}: every format by name. */
    record Formats(List<Described> formats) {

        record Described(String name, String description) {}
    }

    /** What {@code --json} prints with {@code --kinds}: where the rules come from and the rules, in order. */
    record Kinds(String source, List<Rule> rules) {

        record Rule(@Nullable String type, @Nullable String identifier, String kind, boolean counted) {}
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (kinds) {
            printKinds(out);
        } else if (json.on()) {
            FormatRegistry registry = FormatRegistry.load();
            JsonOption.print(
                    out,
                    new Formats(registry.names().stream()
                            .map(name -> new Formats.Described(
                                    name, registry.byName(name).description()))
                            .toList()));
        } else {
            FormatRegistry registry = FormatRegistry.load();
            int width = registry.names().stream().mapToInt(String::length).max().orElse(10);
            for (String name : registry.names()) {
                FeedFormat format = registry.byName(name);
                out.printf("%-" + width + "s  %s%n", name, format.description());
            }
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private void printKinds(PrintWriter out) {
        CommandContext context = parent.context();
        Path file = context.data().resolve(ConfigLoader.FILE_NAME);
        List<KindMapping.Rule> rules = context.config().bulletinKinds().rules();
        String source = Files.exists(file) ? file.toString() : "the built-in defaults";
        if (json.on()) {
            JsonOption.print(
                    out,
                    new Kinds(
                            source,
                            rules.stream()
                                    .map(rule -> new Kinds.Rule(
                                            rule.type(),
                                            rule.identifier(),
                                            rule.kind().id(),
                                            rule.kind().counted()))
                                    .toList()));
            return;
        }
        out.println("bulletin kinds from " + source
                + " (bulletin_kinds; the first rule whose type and identifier match wins, * matches any):");
        int typeWidth = Math.max(
                4,
                rules.stream()
                        .mapToInt(rule -> text(rule.type()).length())
                        .max()
                        .orElse(0));
        int identifierWidth = Math.max(
                10,
                rules.stream()
                        .mapToInt(rule -> text(rule.identifier()).length())
                        .max()
                        .orElse(0));
        String row = "  %-" + typeWidth + "s  %-" + identifierWidth + "s  %s%n";
        out.printf(row, "type", "identifier", "kind");
        for (KindMapping.Rule rule : rules) {
            out.printf(
                    row,
                    text(rule.type()),
                    text(rule.identifier()),
                    rule.kind().id() + (rule.kind().counted() ? "" : " (not in the bulletin)"));
        }
        out.println("an event no rule matches is stored and shown by `sitrep figures` as not in the bulletin");
    }

    private static String text(@Nullable String value) {
        return value == null ? "*" : value;
    }
}
