package org.sitrep.ingest.feeds.openphish;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * The OpenPhish premium feed (JSON lines with {@code url, host, ip, asn, asn_name, country_code, isotime, brand,
 * sector, …}) → {@code phishing} events with the brand as {@code event_description.target}.
 */
public final class OpenphishJsonFormat implements FeedFormat {

    @Override
    public String name() {
        return "openphish-jsonl";
    }

    @Override
    public String description() {
        return "OpenPhish premium JSON lines → phishing events (brand → event_description.target, sector)";
    }

    @Override
    public int detect(Sample sample) {
        String first = sample.firstContentLine().strip();
        if (!first.startsWith("{") || !first.contains("\"url\"")) {
            return 0;
        }
        return first.contains("\"isotime\"") && first.contains("\"brand\"") ? 92 : 0;
    }

    @Override
    public RecordSource open(Reader input) {
        return new LineRecordSource(input, false);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new OpenphishParser(true, context.clock().instant());
    }
}
