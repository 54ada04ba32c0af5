package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.JsonArrayFeed;

/** abuse.ch Feodo Tracker {@code ipblocklist.json} (an array of C2 entries) → {@code c2-server} events. */
public final class FeodoJsonFormat extends JsonArrayFeed {

    public FeodoJsonFormat() {
        super(
                "feodo-json",
                "abuse.ch Feodo Tracker IP blocklist JSON → c2-server events (with AS and country)",
                null,
                FeodoJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        boolean array = head.stripLeading().startsWith("[");
        return array && head.contains("\"ip_address\"") && head.contains("\"malware\"") ? 95 : 0;
    }

    private static EntryMapper mapper(FormatContext context) {
        FeodoMapper mapper = new FeodoMapper();
        Instant observed = context.clock().instant();
        return (entry, raw) -> ParseOutcome.of(mapper.map(FeodoEntry.fromJson(entry), raw, observed));
    }
}
