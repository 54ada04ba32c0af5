package org.sitrep.app.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code sitrep} command line: one entry point, one subcommand per task. */
@Command(
        name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.Version.class,
        description = "Security situation bulletins and incident coordination for CERTs.",
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
public final class SitrepCommand {

    @Option(
            names = "--data",
            scope = CommandLine.ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "Data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:SITREP_DATA:-sitrep-data}")
    Path data;

    /** The data directory every subcommand works in. */
    Path data() {
        return data;
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
        CommandLine commandLine = new CommandLine(new SitrepCommand());
        commandLine.setExecutionExceptionHandler(new UserErrors());
        return commandLine;
    }

    /** Prints a failure as one line a person can act on; the stack trace only with SITREP_DEBUG set. */
    static final class UserErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(
                Exception exception, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (System.getenv("SITREP_DEBUG") != null) {
                exception.printStackTrace();
            }
            String message = exception.getMessage() == null ? exception.toString() : exception.getMessage();
            commandLine.getErr().println("sitrep: " + message);
            return exception instanceof IllegalArgumentException ? 2 : 1;
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
