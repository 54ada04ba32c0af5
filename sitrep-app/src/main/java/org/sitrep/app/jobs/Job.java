package org.sitrep.app.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Long work (an ingest upload, a render) as the client polls it: {@code GET /api/v1/jobs/{id}}. {@code done} and
 * {@code total} count the job's own units (records, files, formats); {@code total} is null while unknown.
 */
public record Job(
        String id,
        String kind,
        String owner,
        State state,
        long done,
        @Nullable Long total,
        @Nullable String message,
        @Nullable Object result,
        Instant submitted,
        @Nullable Instant finished) {

    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }
}
