package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code sitrep} command line in the test's JVM as {@code main} would, keeping what it printed on standard
 * output and on standard error apart, over all the runs of a test.
 */
final class SitrepRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final @Nullable Supplier<Path> data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String lastOut = "";

    private SitrepRun(@Nullable Supplier<Path> data) {
        this.data = data;
    }

    /** Runs commands exactly as given. */
    static SitrepRun plain() {
        return new SitrepRun(null);
    }

    /** Runs commands with {@code --data} and the directory the supplier gives when a command runs. */
    static SitrepRun inData(Supplier<Path> data) {
        return new SitrepRun(data);
    }

    /** Runs one command and returns its exit code. */
    int run(String... args) {
        List<String> all = new ArrayList<>();
        if (data != null) {
            all.add("--data");
            all.add(data.get().toString());
        }
        all.addAll(List.of(args));
        var commandLine = SitrepCommand.commandLine();
        StringWriter thisOut = new StringWriter();
        commandLine.setOut(new PrintWriter(thisOut));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(all.toArray(String[]::new));
        lastOut = thisOut.toString();
        out.write(lastOut);
        return exit;
    }

    /** Standard output of every run so far. */
    String out() {
        return out.toString();
    }

    /** Forgets the standard output of the runs so far. */
    void clearOut() {
        out.getBuffer().setLength(0);
    }

    /** Standard error of every run so far. */
    String err() {
        return err.toString();
    }

    /** Standard output of the last run, read as one JSON document. */
    JsonNode json() {
        return JSON.readTree(lastOut);
    }
}
