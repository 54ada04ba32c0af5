package org.sitrep.ingest.pipeline;

import java.nio.file.Path;

/** Hears how far the pipeline is in a file; called from the ingesting thread every few thousand records. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(Path file, long records, long bytesRead, long totalBytes) {}

        @Override
        public void finished(FileSummary summary) {}
    };

    /** {@code bytesRead} counts the file's bytes as stored (compressed for archives) out of {@code totalBytes}. */
    void progress(Path file, long records, long bytesRead, long totalBytes);

    void finished(FileSummary summary);
}
