package org.sitrep.ingest.pipeline;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.config.EventWindow;
import org.sitrep.ingest.enrich.derive.DerivationSettings;

/**
 * How a pipeline ingests.
 *
 * @param batchSize records written to the store at a time
 * @param maxRejectRatio a file whose rejected share of records read is above this fails its run
 * @param format the format name to use instead of detection, or {@code null}
 * @param charset the declared encoding of inputs without a byte-order mark, or {@code null} for UTF-8
 * @param derivation what derivation needs (home country, government patterns, kind mapping)
 * @param eventWindow how far before and after the time of ingest an event's {@code time.source} may lie
 *     ({@code ingest.event_window} in {@code sitrep.yaml})
 * @param feeds each feed's settings from {@code sitrep.yaml} ({@code feeds.<format name>}), by format name
 */
public record IngestSettings(
        int batchSize,
        double maxRejectRatio,
        @Nullable String format,
        @Nullable Charset charset,
        DerivationSettings derivation,
        EventWindow eventWindow,
        Map<String, Map<String, Object>> feeds) {

    /** Settings with the default event time window and no per-feed settings. */
    public IngestSettings(
            int batchSize,
            double maxRejectRatio,
            @Nullable String format,
            @Nullable Charset charset,
            DerivationSettings derivation) {
        this(batchSize, maxRejectRatio, format, charset, derivation, EventWindow.DEFAULTS, Map.of());
    }

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
        Objects.requireNonNull(eventWindow, "eventWindow");
        feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
    }

    public static IngestSettings defaults() {
        return new IngestSettings(
                DEFAULT_BATCH_SIZE, DEFAULT_MAX_REJECT_RATIO, null, null, DerivationSettings.defaults());
    }

    public IngestSettings withBatchSize(int value) {
        return new IngestSettings(value, maxRejectRatio, format, charset, derivation, eventWindow, feeds);
    }

    public IngestSettings withMaxRejectRatio(double value) {
        return new IngestSettings(batchSize, value, format, charset, derivation, eventWindow, feeds);
    }

    public IngestSettings withFormat(String value) {
        return new IngestSettings(batchSize, maxRejectRatio, value, charset, derivation, eventWindow, feeds);
    }

    public IngestSettings withCharset(@Nullable Charset value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, value, derivation, eventWindow, feeds);
    }

    public IngestSettings withDerivation(DerivationSettings value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, charset, value, eventWindow, feeds);
    }

    public IngestSettings withEventWindow(EventWindow value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, charset, derivation, value, feeds);
    }

    public IngestSettings withFeeds(Map<String, Map<String, Object>> value) {
        return new IngestSettings(batchSize, maxRejectRatio, format, charset, derivation, eventWindow, value);
    }

    /** The settings of the feed of that format name, empty when none are set. */
    public Map<String, Object> feed(String formatName) {
        return feeds.getOrDefault(formatName, Map.of());
    }
}
