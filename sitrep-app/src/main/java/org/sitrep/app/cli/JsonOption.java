package org.sitrep.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code --json}: a command's result as one JSON document on standard output instead of text. */
final class JsonOption {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Option(
            names = "--json",
            description = "Print the result as one JSON document on standard output (progress and warnings stay on"
                    + " standard error).")
    boolean json;

    /** Whether the result is to be printed as JSON. */
    boolean on() {
        return json;
    }

    /** Prints the value as one indented JSON document (records by their components, trees as they are). */
    static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        out.flush();
    }

    static JsonMapper mapper() {
        return MAPPER;
    }
}
