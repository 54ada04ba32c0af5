package org.sitrep.ingest.feeds.phishtank;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;

/** PhishTank {@code online-valid.json} (an array, with hosting details) → {@code phishing} events. */
public final class PhishtankJsonFormat implements FeedFormat {

    @Override
    public String name() {
        return "phishtank-json";
    }

    @Override
    public String description() {
        return "PhishTank online-valid.json → phishing events with address, network and country";
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        return head.stripLeading().startsWith("[") && head.contains("\"phish_id\"") ? 95 : 0;
    }

    @Override
    public RecordSource open(Reader input) {
        return new JsonArrayRecordSource(input, null);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return new PhishtankParser(true, context.clock().instant());
    }
}
