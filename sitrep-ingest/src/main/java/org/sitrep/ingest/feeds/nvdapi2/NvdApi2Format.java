package org.sitrep.ingest.feeds.nvdapi2;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordFeed;
import tools.jackson.databind.JsonNode;

/**
 * NVD CVE API 2.0 answers ({@code {"format":"NVD_CVE", "vulnerabilities":[{"cve":{…}}]}}), streamed entry by entry;
 * also a top-level array or JSON lines of {@code {"cve":{…}}} entries. Produces vulnerabilities; rejected CVEs are
 * skipped.
 */
public final class NvdApi2Format extends JsonRecordFeed<NvdApi2Config> {

    public static final String NAME = "nvd-api2";

    private static final Pattern NVD_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"NVD_CVE\"");
    private static final Pattern CVE_ENTRY = Pattern.compile("\\{\\s*\"cve\"\\s*:\\s*\\{");

    public NvdApi2Format() {
        this(NvdApi2Config.DEFAULT);
    }

    public NvdApi2Format(NvdApi2Config config) {
        super(
                NAME,
                "NVD CVE API 2.0 JSON (vulnerabilities[].cve) → vulnerabilities",
                "vulnerabilities",
                NvdApi2Config.class,
                config,
                NvdApi2Format::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return anyLine(sample, NVD_FORMAT) ? 95 : anyLine(sample, CVE_ENTRY) ? 70 : 0;
    }

    private static Function<JsonNode, ParseOutcome> mapper(NvdApi2Config config) {
        return new NvdCveMapper(config)::map;
    }
}
