package org.sitrep.ingest.feeds.cnvdxml;

/**
 * Settings of the CNVD XML reader.
 *
 * @param source the value written to each vulnerability's {@code source}
 */
public record CnvdXmlConfig(String source) {
    public static final CnvdXmlConfig DEFAULT = new CnvdXmlConfig(CnvdXmlFormat.NAME);

    public CnvdXmlConfig {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }
}
