package org.sitrep.ingest.feeds.cvejson5;

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
 * CVE Record Format 5.x ({@code cvelistV5} files, CVE Services answers): one record per file, a JSON array of
 * records, or JSON lines. Produces vulnerabilities; REJECTED records are skipped.
 */
public final class CveJson5Format implements FeedFormat {

    public static final String NAME = "cve-json5";

    private static final Pattern DATA_TYPE = Pattern.compile("\"dataType\"\\s*:\\s*\"CVE_RECORD\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)CVE-\\d{4}-\\d{4,}\\.json");

    private final CveJson5Config config;

    public CveJson5Format() {
        this(CveJson5Config.DEFAULT);
    }

    public CveJson5Format(CveJson5Config config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CVE Record Format 5.x (record, array or JSON lines) → vulnerabilities";
    }

    @Override
    public int detect(Sample sample) {
        for (String line : sample.firstLines()) {
            if (DATA_TYPE.matcher(line).find()) {
                return 95;
            }
        }
        return FILE_NAME.matcher(sample.fileName()).matches() ? 60 : 0;
    }

    @Override
    public RecordSource open(Reader input) throws IOException {
        return JsonRecordSource.open(input, null);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new CveJson5Parser(context.config(CveJson5Config.class, config)));
    }
}
