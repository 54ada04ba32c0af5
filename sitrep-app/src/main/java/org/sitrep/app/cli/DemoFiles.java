package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.ingest.demo.DemoGenerator;
import org.sitrep.ingest.demo.DemoSettings;
import org.sitrep.ingest.demo.GeneratedFiles;

/**
 * The demo's generated feed files: made once per settings and kept. A marker file records the settings they were
 * made with; other settings replace them.
 */
final class DemoFiles {

    private static final String MARKER = "demo-settings.txt";

    private DemoFiles() {}

    /** Progress (redrawn in place on a terminal) goes to {@code err}; what was made or reused to {@code out}. */
    static GeneratedFiles ensure(Path directory, DemoSettings settings, PrintWriter out, PrintWriter err)
            throws IOException {
        Path marker = directory.resolve(MARKER);
        String wanted = settings.toString();
        DemoGenerator generator = new DemoGenerator(settings);
        if (Files.exists(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(wanted)) {
            out.println("reusing the generated feeds in " + directory);
            return existing(directory, settings);
        }
        clear(directory);
        Files.createDirectories(directory);
        long start = System.nanoTime();
        GeneratedFiles files = generator.generate(directory, (written, planned, week) -> {
            if (System.console() != null) {
                err.printf("\rgenerating %s: %,d of about %,d events", week, written, planned);
                err.flush();
            }
        });
        if (System.console() != null) {
            err.println();
            err.flush();
        }
        Files.writeString(marker, wanted, StandardCharsets.UTF_8);
        out.printf(
                "generated %,d events in %d files in %.1f s%n",
                files.totalEvents(), files.files().size(), (System.nanoTime() - start) / 1e9);
        return files;
    }

    /** The files a finished run left: the geo table, each week's events, the vulnerabilities and the cases. */
    private static GeneratedFiles existing(Path directory, DemoSettings settings) {
        List<Path> files = new ArrayList<>();
        files.add(directory.resolve(DemoGenerator.GEO_FILE));
        for (int back = settings.weeks() - 1; back >= 0; back--) {
            files.add(directory.resolve(
                    DemoGenerator.eventsFileName(settings.lastWeek().minusWeeks(back))));
        }
        files.add(directory.resolve(DemoGenerator.VULNERABILITIES_FILE));
        files.add(directory.resolve(DemoGenerator.CASES_FILE));
        return new GeneratedFiles(directory, files, List.of());
    }

    private static void clear(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
