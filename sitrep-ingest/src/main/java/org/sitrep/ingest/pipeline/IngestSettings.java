package org.sitrep.ingest.pipeline;

import java.nio.charset.Charset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.enrich.derive.DerivationSettings;

/**
 * How a pipeline ingests.
 *
 * @param batchSize records written to the store at a time
 * @param maxRejectRatio a file whose rejected share of records read is above this fails its run
 * @param format the format name to use instead of detection, or {@code null}
 * @param charset the declared encoding of inputs without a byte-order mark, or {@code null} for UTF-8
 * @param derivation what derivation needs (home country, government patterns, kind mapping)
 */
public record IngestSettings(
        int batchSize,
        double maxRejectRatio,
        @Nullable String format,
        @Nullable Charset charset,
        DerivationSettings derivation) {

    public static final int DEFAULT_BATCH_SIZE = 20_000;
    public static final double DEFAULT_MAX_REJECT_RATIO = 0.5;

    public IngestSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw new IllegalArgumentException("the reject ratio must be between 0 and 1, was " + maxRejectRatio);
        }
        Objects.requireNonNull(derivation, "derivation");
    }

    public static IngestSettings defaults() {
        return new IngestSettings(
                DEFAULT_BATCH_SIZE, DEFAULT_MAX_REJECT_RATIO, null, null, DerivationSettings.defaults());
    }

    public IngestSettings withBatchSize(int value) {
        return new IngestSettings(value, maxRejectRatio, format, charset, derivation);
    }

    public IngestSettings withMaxRejectRatio(double value) {
        return new IngestSettings(batchSize, value, format, charset, derivation);
    }

    public IngestSettings withFormat(String value) {
        return new IngestSettings(batchSize, maxRejectRatio, value, charset, derivation);
    }

    public IngestSettings withCharset(@Nullable Charset value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, value, derivation);
    }

    public IngestSettings withDerivation(DerivationSettings value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, charset, value);
    }
}
