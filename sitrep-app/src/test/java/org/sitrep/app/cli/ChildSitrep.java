package org.sitrep.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code sitrep} command line in a child JVM, so that a test can kill it as {@code kill -9} would. */
final class ChildSitrep {

    /** How a child ended: its exit code, its output, and whether the test killed it before it ended. */
    record Result(int exit, String output, boolean killed) {}

    private ChildSitrep() {}

    static Result run(Path data, List<Path> files) throws IOException, InterruptedException {
        return runKilledAfter(data, files, -1);
    }

    /** Ingests the files, killing the child after {@code millis} (never when negative). */
    static Result runKilledAfter(Path data, List<Path> files, long millis) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("ingest", "--batch-size", "2000"));
        files.forEach(file -> args.add(file.toString()));
        return command(data, args, millis);
    }

    static Result command(Path data, List<String> args, long killAfterMillis) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.sitrep.app.cli.SitrepCommand",
                "--data",
                data.toString()));
        command.addAll(args);
        Path output = Files.createTempFile(data.getParent(), "child", ".out");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean killed = false;
        if (killAfterMillis >= 0 && !process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no flush
            killed = true;
        }
        int exit = process.waitFor();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Result(exit, text, killed);
    }
}
