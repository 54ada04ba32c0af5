package org.sitrep.app.ingest;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.pipeline.FileSummary;
import org.sitrep.ingest.pipeline.IngestReport;
import org.sitrep.ingest.store.RunCounts;

/** What an upload job gives the client when it is done: each file's run and counts, and the totals. */
public record UploadResult(List<FileResult> files, RunCounts totals, boolean failed) {

    /**
     * One uploaded file: its ingest run ({@code GET /api/v1/ingest/runs/{runId}}), or for a file ingested before the
     * earlier run that holds it.
     */
    public record FileResult(
            String file,
            String status,
            @Nullable Long runId,
            @Nullable String format,
            RunCounts counts,
            @Nullable String message) {}

    public UploadResult {
        files = List.copyOf(files);
    }

    static UploadResult of(IngestReport report) {
        List<FileResult> files = report.files().stream()
                .map(file -> new FileResult(
                        String.valueOf(file.file().getFileName()),
                        file.status().name().toLowerCase(Locale.ROOT),
                        file.runId(),
                        file.format(),
                        file.counts(),
                        file.message()))
                .toList();
        return new UploadResult(files, report.totals(), report.failed());
    }

    /** Whether the file's content is in the store for good (its spooled copy is then not needed any more). */
    static boolean settled(FileSummary file) {
        return file.status() != FileSummary.Status.FAILED;
    }
}
