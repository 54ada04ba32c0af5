package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's one exit-code policy, for every command: {@link #SUCCESS}, {@link #FAILURE} or {@link #USAGE},
 * each error told in one line on standard error (a stack trace only with {@code SITREP_DEBUG} set).
 *
 * <p>A usage error is a command line that cannot be carried out as written: an unknown option or value, a week or
 * format that does not exist or has no figures yet, a file or store that is not there, a {@code sitrep.yaml} that does
 * not hold. Commands say so with picocli's {@link ParameterException} or an {@link IllegalArgumentException}; anything
 * else that goes wrong (a file past its reject ratio, a store held by another command or that cannot be read) is a
 * failure.
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** The command did what was asked. */
    static final int SUCCESS = 0;

    /** The command ran and failed. */
    static final int FAILURE = 1;

    /** The command line asked for something that cannot be done as written. */
    static final int USAGE = 2;

    static void applyTo(CommandLine commandLine) {
        ExitCodes policy = new ExitCodes();
        commandLine.setExecutionExceptionHandler(policy);
        commandLine.setParameterExceptionHandler(policy);
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        debug(exception);
        String help = commandLine.getCommandSpec().qualifiedName() + " --help";
        List<String> suggestions = exception instanceof CommandLine.UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions()
                : List.of();
        commandLine
                .getErr()
                .println("sitrep: " + message(exception)
                        + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?")
                        + " (see `" + help + "`)");
        commandLine.getErr().flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        debug(exception);
        PrintWriter err = commandLine.getErr();
        err.println("sitrep: " + message(exception));
        err.flush();
        return exception instanceof IllegalArgumentException ? USAGE : FAILURE;
    }

    private static void debug(Exception exception) {
        if (System.getenv("SITREP_DEBUG") != null) {
            exception.printStackTrace();
        }
    }

    private static String message(Exception exception) {
        return exception.getMessage() == null ? exception.toString() : exception.getMessage();
    }
}
