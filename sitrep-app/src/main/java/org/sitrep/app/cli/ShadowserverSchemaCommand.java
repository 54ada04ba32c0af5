package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import org.sitrep.ingest.feeds.shadowserver.SchemaLocation;
import org.sitrep.ingest.feeds.shadowserver.SchemaUpdate;
import org.sitrep.ingest.feeds.shadowserver.ShadowserverSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep shadowserver-schema}: which copy of Shadowserver's report schema ingest uses, and {@code update} to
 * fetch a newer one.
 */
@Command(
        name = "shadowserver-schema",
        mixinStandardHelpOptions = true,
        description = {
            "Show which copy of Shadowserver's report schema for IntelMQ ingest uses (configured in sitrep.yaml as"
                    + " feeds.shadowserver.schema, fetched by `update`, or the one Sitrep ships).",
        },
        subcommands = {ShadowserverSchemaCommand.Update.class})
final class ShadowserverSchemaCommand implements Callable<Integer> {

    @ParentCommand
    SitrepCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    /** What {@code --json} prints: the schema in use and how many report types it knows. */
    record InUse(String source, int reportTypes) {}

    @Override
    public Integer call() {
        CommandContext context = parent.context();
        ShadowserverSchema schema = StoreOptions.shadowserverSchema(context.config(), context.data())
                .schema();
        PrintWriter out = spec.commandLine().getOut();
        if (json.on()) {
            JsonOption.print(out, new InUse(schema.source(), schema.size()));
            return ExitCodes.SUCCESS;
        }
        out.println(schema.source() + ": " + schema.size() + " report types");
        out.flush();
        return ExitCodes.SUCCESS;
    }

    /** {@code sitrep shadowserver-schema update [--url U]}. */
    @Command(
            name = "update",
            mixinStandardHelpOptions = true,
            description = {
                "Fetch Shadowserver's current report schema for IntelMQ into the data directory"
                        + " (shadowserver/intelmq.json, or the file feeds.shadowserver.schema names).",
                "The file is checked to be a schema Sitrep can apply before it replaces the one in use.",
                "Exit status: 0 updated, 1 download failed or file refused (the schema in use unchanged)."
            })
    static final class Update implements Callable<Integer> {

        @ParentCommand
        ShadowserverSchemaCommand schemaCommand;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--url",
                paramLabel = "U",
                description = "Where to fetch the schema from (default: ${DEFAULT-VALUE}).")
        URI url = SchemaUpdate.DEFAULT_URL;

        @Mixin
        JsonOption json;

        /** What {@code --json} prints: the file written, its report types and size, where it came from. */
        record Fetched(String file, int reportTypes, long bytes, String url) {}

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (url.getScheme() == null || !url.getScheme().matches("https?")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--url must be an http(s) URL: " + url);
            }
            CommandContext context = schemaCommand.parent.context();
            SchemaLocation location = StoreOptions.shadowserverSchema(context.config(), context.data());
            SchemaUpdate.Updated updated = SchemaUpdate.withDefaultClient().update(url, location.updateTarget());
            PrintWriter out = spec.commandLine().getOut();
            if (json.on()) {
                JsonOption.print(
                        out,
                        new Fetched(updated.file().toString(), updated.reportTypes(), updated.bytes(), url.toString()));
                return ExitCodes.SUCCESS;
            }
            out.println(updated.file() + ": " + updated.reportTypes() + " report types, " + updated.bytes()
                    + " bytes from " + url);
            out.flush();
            return ExitCodes.SUCCESS;
        }
    }
}
