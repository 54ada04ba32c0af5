package org.sitrep.app.ingest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sitrep.ingest.*}: the largest file an upload may send ({@code max-upload-size}, 1 GB by default; the
 * multipart limits of the server follow it) and the records written to the store at a time.
 */
@ConfigurationProperties("sitrep.ingest")
public record IngestProperties(
        @Nullable DataSize maxUploadSize, @Nullable Integer batchSize) {

    public static final DataSize DEFAULT_MAX_UPLOAD = DataSize.ofGigabytes(1);

    public IngestProperties {
        if (maxUploadSize == null) {
            maxUploadSize = DEFAULT_MAX_UPLOAD;
        }
        if (maxUploadSize.toBytes() <= 0) {
            throw new IllegalArgumentException("sitrep.ingest.max-upload-size must be positive");
        }
        if (batchSize == null) {
            batchSize = 20_000;
        }
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new IllegalArgumentException("sitrep.ingest.batch-size must be from 1 to 1000000");
        }
    }

    /** The maximum upload in bytes. */
    public long maxUploadBytes() {
        return java.util.Objects.requireNonNull(maxUploadSize).toBytes();
    }
}
