package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.IngestRuns.UnfinishedRun;
import org.sitrep.ingest.store.Store;

/** {@code ingest --resume}: the files of unfinished runs that are still there with the content they had. */
final class Resumable {

    private Resumable() {}

    static List<Path> files(Store store, PrintWriter err) throws SQLException {
        Set<Path> files = new LinkedHashSet<>();
        for (UnfinishedRun run : new IngestRuns(store.connection()).unfinished()) {
            Path file = Path.of(run.file());
            String problem = problem(file, run.digest());
            if (problem == null) {
                files.add(file);
            } else {
                err.println("sitrep: cannot resume ingest run " + run.id() + ": " + problem
                        + "; ingest the file again by hand");
            }
        }
        err.flush();
        return new ArrayList<>(files);
    }

    private static @Nullable String problem(Path file, String digest) {
        if (!Files.isRegularFile(file)) {
            return file + " is no longer there";
        }
        try {
            return IngestPipeline.sha256(file).equals(digest) ? null : file + " has changed since";
        } catch (IOException e) {
            return "cannot read " + file + " (" + e.getMessage() + ")";
        }
    }
}
