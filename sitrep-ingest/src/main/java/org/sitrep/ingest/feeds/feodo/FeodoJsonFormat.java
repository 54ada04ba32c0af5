package org.sitrep.ingest.feeds.feodo;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;

/** abuse.ch Feodo Tracker {@code ipblocklist.json} (an array of C2 entries) → {@code c2-server} events. */
public final class FeodoJsonFormat implements FeedFormat {

    @Override
    public String name() {
        return "feodo-json";
    }

    @Override
    public String description() {
        return "abuse.ch Feodo Tracker IP blocklist JSON → c2-server events (with AS and country)";
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        boolean array = head.stripLeading().startsWith("[");
        return array && head.contains("\"ip_address\"") && head.contains("\"malware\"") ? 95 : 0;
    }

    @Override
    public RecordSource open(Reader input) {
        return new JsonArrayRecordSource(input, null);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new FeodoParser(true, context.clock().instant());
    }
}
