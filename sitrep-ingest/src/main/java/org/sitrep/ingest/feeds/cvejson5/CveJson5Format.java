package org.sitrep.ingest.feeds.cvejson5;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordFeed;
import tools.jackson.databind.JsonNode;

/**
 * CVE Record Format 5.x ({@code cvelistV5} files, CVE Services answers): one record per file, a JSON array of
 * records, or JSON lines. Produces vulnerabilities; REJECTED records are skipped.
 */
public final class CveJson5Format extends JsonRecordFeed<CveJson5Config> {

    public static final String NAME = "cve-json5";

    private static final Pattern DATA_TYPE = Pattern.compile("\"dataType\"\\s*:\\s*\"CVE_RECORD\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)CVE-\\d{4}-\\d{4,}\\.json");

    /** The format with its configuration's defaults; {@code feeds.cve-json5} in {@code sitrep.yaml} is laid over them. */
    public CveJson5Format() {
        super(
                NAME,
                "CVE Record Format 5.x (record, array or JSON lines) → vulnerabilities",
                null,
                CveJson5Config.class,
                CveJson5Config.DEFAULT,
                CveJson5Format::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return anyLine(sample, DATA_TYPE)
                ? 95
                : FILE_NAME.matcher(sample.fileName()).matches() ? 60 : 0;
    }

    private static Function<JsonNode, ParseOutcome> mapper(CveJson5Config config) {
        return new CveRecordMapper(config.source())::map;
    }
}
