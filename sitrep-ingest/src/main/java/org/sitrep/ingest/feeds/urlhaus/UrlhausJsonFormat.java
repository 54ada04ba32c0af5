package org.sitrep.ingest.feeds.urlhaus;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;

/** abuse.ch URLhaus JSON API answers ({@code {"query_status":…,"urls":[…]}}) → {@code malware-distribution} events. */
public final class UrlhausJsonFormat implements FeedFormat {

    @Override
    public String name() {
        return "urlhaus-json";
    }

    @Override
    public String description() {
        return "abuse.ch URLhaus JSON API (urls/recent) → malware-distribution events";
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

    @Override
    public RecordSource open(Reader input) {
        return new JsonArrayRecordSource(input, "urls");
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new UrlhausParser(true, context.clock().instant());
    }
}
