package org.sitrep.ingest.feeds.kevjson;

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
 * The CISA Known Exploited Vulnerabilities catalogue (JSON), streamed entry by entry. Each entry becomes a
 * vulnerability with {@code known_exploited = true} and {@code published = dateAdded}; the store merges it with a
 * record of the same CVE from another feed.
 */
public final class KevJsonFormat implements FeedFormat {

    public static final String NAME = "kev-json";

    private static final Pattern CATALOG = Pattern.compile("\"catalogVersion\"|\"cveID\"\\s*:");
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*known_exploited_vulnerabilities.*\\.json");

    private final KevJsonConfig config;

    public KevJsonFormat() {
        this(KevJsonConfig.DEFAULT);
    }

    public KevJsonFormat(KevJsonConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "CISA KEV catalogue JSON → known-exploited vulnerabilities";
    }

    @Override
    public int detect(Sample sample) {
        for (String line : sample.firstLines()) {
            if (CATALOG.matcher(line).find()) {
                return 95;
            }
        }
        return FILE_NAME.matcher(sample.fileName()).matches() ? 80 : 0;
    }

    @Override
    public RecordSource open(Reader input) throws IOException {
        return JsonRecordSource.open(input, "vulnerabilities");
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new KevJsonParser(context.config(KevJsonConfig.class, config)));
    }
}
