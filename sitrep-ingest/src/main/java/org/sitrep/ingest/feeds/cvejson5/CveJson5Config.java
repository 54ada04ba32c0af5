package org.sitrep.ingest.feeds.cvejson5;

/**
 * Settings of the CVE Record Format 5.x reader.
 *
 * @param source the value written to each vulnerability's {@code source}
 */
public record CveJson5Config(String source) {
    public static final CveJson5Config DEFAULT = new CveJson5Config(CveJson5Format.NAME);

    public CveJson5Config {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }
}
