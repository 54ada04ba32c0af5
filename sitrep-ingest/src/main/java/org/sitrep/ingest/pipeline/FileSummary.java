package org.sitrep.ingest.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.store.RejectRecord;
import org.sitrep.ingest.store.RunCounts;

/**
 * What happened to one input file.
 *
 * @param runId the ingest run, or {@code null} when the file was already ingested
 * @param format the format(s) read, comma-separated for archives of several
 * @param firstRejects the first {@link #SHOWN_REJECTS} rejects (all are in the store's reject log)
 * @param message why the file failed or was not read, or {@code null}
 */
public record FileSummary(
        Path file,
        Status status,
        @Nullable Long runId,
        @Nullable String format,
        RunCounts counts,
        List<RejectRecord> firstRejects,
        @Nullable String message) {

    public static final int SHOWN_REJECTS = 20;

    public enum Status {
        /** Read to the end, within the reject ratio. */
        COMPLETED,
        /** A completed run of the same content (by SHA-256) exists: nothing was added. */
        ALREADY_INGESTED,
        /** Past the reject ratio or unreadable; valid records read before stay stored. */
        FAILED
    }

    public FileSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        firstRejects = List.copyOf(firstRejects);
    }

    /** One line: {@code feed.jsonl: 1000 read, 997 accepted, 0 duplicate, 0 skipped, 3 rejected}. */
    public String line() {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return switch (status) {
            case ALREADY_INGESTED -> name + ": already ingested (run " + runId + "), nothing added";
            case COMPLETED, FAILED ->
                name + ": " + countsText(counts)
                        + (format == null ? "" : " [" + format + "]")
                        + (status == Status.FAILED ? " FAILED" + (message == null ? "" : ": " + message) : "");
        };
    }

    static String countsText(RunCounts counts) {
        return counts.read() + " read, " + counts.accepted() + " accepted, " + counts.duplicate() + " duplicate, "
                + (counts.updated() > 0 ? counts.updated() + " updated, " : "")
                + counts.skipped() + " skipped, " + counts.rejected() + " rejected";
    }
}
