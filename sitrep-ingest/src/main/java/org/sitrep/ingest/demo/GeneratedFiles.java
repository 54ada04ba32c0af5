package org.sitrep.ingest.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files one generator run wrote into its directory, oldest week first: {@code geo.csv}, one
 * {@code events-YYYY-Www.jsonl} per week, {@code vulnerabilities.jsonl} and {@code cases.jsonl}.
 */
public record GeneratedFiles(Path directory, List<Path> files, List<WeekCounts> weeks) {

    public GeneratedFiles {
        Objects.requireNonNull(directory, "directory is required");
        files = List.copyOf(files);
        weeks = List.copyOf(weeks);
    }

    public long totalEvents() {
        return weeks.stream().mapToLong(WeekCounts::totalEvents).sum();
    }

    /** The weeks' events files, oldest first. */
    public List<Path> eventsFiles() {
        return weeks.stream().map(WeekCounts::eventsFile).toList();
    }

    public Path geoTable() {
        return directory.resolve(DemoGenerator.GEO_FILE);
    }

    public Path vulnerabilities() {
        return directory.resolve(DemoGenerator.VULNERABILITIES_FILE);
    }

    public Path cases() {
        return directory.resolve(DemoGenerator.CASES_FILE);
    }
}
