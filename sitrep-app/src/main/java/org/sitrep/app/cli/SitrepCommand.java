package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sitrep} command line: one entry point, one subcommand per task. It is the composition root of every
 * command: the {@code --data} option every subcommand inherits, the one {@link CommandContext} a command works in
 * (closed when it ends), and the exit codes of {@link ExitCodes}.
 */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.Version.class,
        description = "Security situation bulletins and incident coordination for CERTs.",
        footer = {"", "Exit codes: 0 success, 1 failure, 2 usage error."},
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            IngestCommand.class,
            FormatsCommand.class,
            ShadowserverSchemaCommand.class,
            RejectsCommand.class,
            FiguresCommand.class,
            AssessCommand.class,
            BulletinCommand.class,
            PublishCommand.class,
            ArchiveCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            TokensCommand.class,
            OrganisationsCommand.class
        })
public final class SitrepCommand implements Runnable {

    // one option on the root, inherited by every subcommand (`sitrep --data D figures` and `sitrep figures --data D`)
    @Option(
            names = "--data",
            scope = CommandLine.ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:SITREP_DATA:-sitrep-data}")
    Path data;

    @Spec
    CommandSpec spec;

    private @Nullable CommandContext context;

    /** The data directory every subcommand works in. */
    Path data() {
        return data;
    }

    /** The context of the command being run: made when first asked for, closed when the command ends. */
    CommandContext context() {
        if (context == null) {
            context = new CommandContext(data, spec.commandLine().getErr());
        }
        return context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command");
    }

    /** Where the command line's quiet logging is configured ({@link #serverLogging()} undoes it). */
    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    public static void main(String[] args) {
        System.setProperty(LOGBACK_CONFIGURATION, "org/sitrep/app/cli/logback-cli.xml");
        System.exit(commandLine().execute(args));
    }

    /** The server logs as Spring Boot configures it, not as quietly as the other commands. */
    static void serverLogging() {
        System.clearProperty(LOGBACK_CONFIGURATION);
    }

    static CommandLine commandLine() {
        SitrepCommand root = new SitrepCommand();
        CommandLine commandLine = new CommandLine(root);
        ExitCodes.applyTo(commandLine);
        commandLine.setExecutionStrategy(parseResult -> root.execute(commandLine, parseResult));
        return commandLine;
    }

    /** Runs the command, then closes its context; a store that cannot be closed fails the command. */
    private int execute(CommandLine commandLine, CommandLine.ParseResult parseResult) {
        int exit;
        try {
            exit = new CommandLine.RunLast().execute(parseResult);
        } catch (RuntimeException failure) {
            try {
                closeContext();
            } catch (SQLException | IOException | RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
        try {
            closeContext();
        } catch (SQLException | IOException closing) {
            String message = "the store could not be closed: " + closing.getMessage();
            throw new CommandLine.ExecutionException(commandLine, message, new IllegalStateException(message, closing));
        }
        return exit;
    }

    private void closeContext() throws SQLException, IOException {
        CommandContext open = context;
        context = null;
        if (open != null) {
            open.close();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SitrepCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sitrep " + (version == null ? "development build" : version)};
        }
    }
}
