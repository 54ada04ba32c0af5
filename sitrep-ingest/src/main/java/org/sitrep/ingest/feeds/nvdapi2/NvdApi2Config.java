package org.sitrep.ingest.feeds.nvdapi2;

/**
 * Settings of the NVD API 2.0 reader.
 *
 * @param source the value written to each vulnerability's {@code source}
 * @param primaryAcrossVersions {@code false} (default): CVSS versions in the spec's order (v4.0, v3.1, v3.0, v2),
 *     the {@code Primary} (NVD) metric before {@code Secondary} ones within a version; {@code true}: any
 *     {@code Primary} metric first, whatever its version, then the same order over the {@code Secondary} ones
 */
public record NvdApi2Config(String source, boolean primaryAcrossVersions) {
    public static final NvdApi2Config DEFAULT = new NvdApi2Config(NvdApi2Format.NAME, false);

    public NvdApi2Config {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required");
        }
    }
}
