package org.sitrep.ingest.feeds.threatfox;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;

/** abuse.ch ThreatFox JSON API answers ({@code {"query_status":"ok","data":[…]}}) → events as the CSV export. */
public final class ThreatfoxJsonFormat implements FeedFormat {

    @Override
    public String name() {
        return "threatfox-json";
    }

    @Override
    public String description() {
        return "abuse.ch ThreatFox JSON API (get_iocs) → c2-server / malware-distribution / other events";
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        if (!head.stripLeading().startsWith("{")) {
            return 0;
        }
        return head.contains("\"ioc_type\"") && head.contains("\"threat_type\"") ? 95 : 0;
    }

    @Override
    public RecordSource open(Reader input) {
        return new JsonArrayRecordSource(input, "data");
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new ThreatfoxParser(true, context.clock().instant());
    }
}
