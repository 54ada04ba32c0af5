package org.sitrep.ingest.feeds.intelmq.jsonl;

import java.util.Map;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/** IntelMQ events as JSON Lines, one event per line with IntelMQ's flat dotted keys: Sitrep's native event input. */
public final class IntelMqJsonlFormat extends DeclaredFeed {

    public static final String NAME = "intelmq-jsonl";

    /** Certain when the first line is an object with IntelMQ's required keys; a guess for any other object line. */
    public IntelMqJsonlFormat() {
        super(
                NAME,
                "IntelMQ events, one JSON object per line (time.source, feed.name, classification.type, …)",
                LineRecordSource::new,
                IntelMqJsonlFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        return JsonRecords.firstObject(sample)
                .map(IntelMqJsonlFormat::confidence)
                .orElse(0);
    }

    private static int confidence(Map<String, Object> members) {
        if (members.containsKey("classification.type") && members.containsKey("time.source")) {
            return 90;
        }
        boolean intelMqKeys = members.keySet().stream()
                .anyMatch(key -> key.startsWith("classification.")
                        || key.startsWith("feed.")
                        || key.startsWith("source.")
                        || key.startsWith("time."));
        return intelMqKeys ? 50 : 0;
    }

    private static RecordParser parserFor(FormatContext context) {
        return new IntelMqJsonlParser();
    }
}
