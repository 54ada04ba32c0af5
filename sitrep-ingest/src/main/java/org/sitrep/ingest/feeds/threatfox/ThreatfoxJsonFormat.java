package org.sitrep.ingest.feeds.threatfox;

import java.time.Instant;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.JsonArrayFeed;

/** abuse.ch ThreatFox JSON API answers ({@code {"query_status":"ok","data":[…]}}) → events as the CSV export. */
public final class ThreatfoxJsonFormat extends JsonArrayFeed {

    public ThreatfoxJsonFormat() {
        super(
                "threatfox-json",
                "abuse.ch ThreatFox JSON API (get_iocs) → c2-server / malware-distribution / other events",
                "data",
                ThreatfoxJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        if (!head.stripLeading().startsWith("{")) {
            return 0;
        }
        return head.contains("\"ioc_type\"") && head.contains("\"threat_type\"") ? 95 : 0;
    }

    private static EntryMapper mapper(FormatContext context) {
        ThreatfoxMapper mapper = new ThreatfoxMapper();
        Instant observed = context.clock().instant();
        return (entry, raw) -> mapper.map(ThreatfoxEntry.fromJson(entry), raw, observed);
    }
}
