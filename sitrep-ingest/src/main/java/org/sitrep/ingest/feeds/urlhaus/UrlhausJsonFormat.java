package org.sitrep.ingest.feeds.urlhaus;

import java.time.Instant;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.JsonArrayFeed;

/** abuse.ch URLhaus JSON API answers ({@code {"query_status":…,"urls":[…]}}) → {@code malware-distribution} events. */
public final class UrlhausJsonFormat extends JsonArrayFeed {

    public UrlhausJsonFormat() {
        super(
                "urlhaus-json",
                "abuse.ch URLhaus JSON API (urls/recent) → malware-distribution events",
                "urls",
                UrlhausJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        if (!head.stripLeading().startsWith("{")) {
            return 0;
        }
        if (head.contains("\"urlhaus_reference\"")) {
            return 95;
        }
        return head.contains("\"query_status\"") && head.contains("\"urls\"") ? 90 : 0;
    }

    private static EntryMapper mapper(FormatContext context) {
        UrlhausMapper mapper = new UrlhausMapper();
        Instant observed = context.clock().instant();
        return (entry, raw) -> ParseOutcome.of(mapper.map(UrlhausEntry.fromJson(entry), raw, observed));
    }
}
