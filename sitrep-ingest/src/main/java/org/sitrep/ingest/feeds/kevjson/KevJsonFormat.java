package org.sitrep.ingest.feeds.kevjson;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordFeed;
import tools.jackson.databind.JsonNode;

/**
 * The CISA Known Exploited Vulnerabilities catalogue (JSON), streamed entry by entry. Each entry becomes a
 * vulnerability with {@code known_exploited = true} and {@code published = dateAdded}; the store merges it with a
 * record of the same CVE from another feed.
 */
public final class KevJsonFormat extends JsonRecordFeed<KevJsonConfig> {

    public static final String NAME = "kev-json";

    private static final Pattern CATALOG = Pattern.compile("\"catalogVersion\"|\"cveID\"\\s*:");
    private static final Pattern FILE_NAME = Pattern.compile("(?i).*known_exploited_vulnerabilities.*\\.json");

    /** The format with its configuration's defaults; {@code feeds.kev-json} in {@code sitrep.yaml} is laid over them. */
    public KevJsonFormat() {
        super(
                NAME,
                "CISA KEV catalogue JSON → known-exploited vulnerabilities",
                "vulnerabilities",
                KevJsonConfig.class,
                KevJsonConfig.DEFAULT,
                KevJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return anyLine(sample, CATALOG)
                ? 95
                : FILE_NAME.matcher(sample.fileName()).matches() ? 80 : 0;
    }

    private static Function<JsonNode, ParseOutcome> mapper(KevJsonConfig config) {
        return new KevEntryMapper(config.source())::map;
    }
}
