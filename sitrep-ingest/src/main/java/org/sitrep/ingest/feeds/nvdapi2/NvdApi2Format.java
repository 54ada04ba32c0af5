package org.sitrep.ingest.feeds.nvdapi2;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordSource;

/**
 * NVD CVE API 2.0 answers ({@code {"format":"NVD_CVE", "vulnerabilities":[{"cve":{…}}]}}), streamed entry by entry;
 * also a top-level array or JSON lines of {@code {"cve":{…}}} entries. Produces vulnerabilities; rejected CVEs are
 * skipped.
 */
public final class NvdApi2Format implements FeedFormat {

    public static final String NAME = "nvd-api2";

    private static final Pattern NVD_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"NVD_CVE\"");
    private static final Pattern CVE_ENTRY = Pattern.compile("\\{\\s*\"cve\"\\s*:\\s*\\{");

    private final NvdApi2Config config;

    public NvdApi2Format() {
        this(NvdApi2Config.DEFAULT);
    }

    public NvdApi2Format(NvdApi2Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "NVD CVE API 2.0 JSON (vulnerabilities[].cve) → vulnerabilities";
    }

    @Override
    public int detect(Sample sample) {
        int score = 0;
        for (String line : sample.firstLines()) {
            if (NVD_FORMAT.matcher(line).find()) {
                return 95;
            }
            if (CVE_ENTRY.matcher(line).find()) {
                score = 70;
            }
        }
        return score;
    }

    @Override
    public RecordSource open(Reader input) throws IOException {
        return JsonRecordSource.open(input, "vulnerabilities");
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new NvdApi2Parser(context.config(NvdApi2Config.class, config)));
    }
}
