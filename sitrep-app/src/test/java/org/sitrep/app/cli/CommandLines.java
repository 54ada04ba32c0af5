package org.sitrep.app.cli;

import picocli.CommandLine;

/** The {@code sitrep} command line for tests outside the cli package. */
public final class CommandLines {

    private CommandLines() {}

    public static CommandLine sitrep() {
        return SitrepCommand.commandLine();
    }
}
