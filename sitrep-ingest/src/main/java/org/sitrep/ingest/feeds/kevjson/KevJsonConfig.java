package org.sitrep.ingest.feeds.kevjson;

/**
 * Settings of the CISA KEV catalogue reader.
 *
 * @param source the value written to each vulnerability's {@code source}
 */
public record KevJsonConfig(String source) {
    public static final KevJsonConfig DEFAULT = new KevJsonConfig(KevJsonFormat.NAME);

    public KevJsonConfig {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }
}
