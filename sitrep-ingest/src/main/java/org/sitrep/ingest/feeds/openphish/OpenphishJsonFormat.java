package org.sitrep.ingest.feeds.openphish;

import java.time.Instant;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.LineFeed;
import org.sitrep.ingest.feeds.fields.JsonFields;

/**
 * The OpenPhish premium feed (JSON lines with {@code url, host, ip, asn, asn_name, country_code, isotime, brand,
 * sector, …}) → {@code phishing} events with the brand as {@code event_description.target}.
 */
public final class OpenphishJsonFormat extends LineFeed {

    public OpenphishJsonFormat() {
        super(
                "openphish-jsonl",
                "OpenPhish premium JSON lines → phishing events (brand → event_description.target, sector)",
                false,
                OpenphishJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String first = sample.firstContentLine().strip();
        if (!first.startsWith("{") || !first.contains("\"url\"")) {
            return 0;
        }
        return first.contains("\"isotime\"") && first.contains("\"brand\"") ? 92 : 0;
    }

    private static LineMapper mapper(FormatContext context) {
        OpenphishMapper mapper = new OpenphishMapper(context.config(OpenphishConfig.class, OpenphishConfig.DEFAULT));
        Instant observed = context.clock().instant();
        return (line, raw) -> ParseOutcome.of(mapper.fromJson(JsonFields.object(line), raw, observed));
    }
}
