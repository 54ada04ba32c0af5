package org.sitrep.ingest.feeds.phishtank;

import java.time.Instant;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.JsonArrayFeed;

/** PhishTank {@code online-valid.json} (an array, with hosting details) → {@code phishing} events. */
public final class PhishtankJsonFormat extends JsonArrayFeed {

    public PhishtankJsonFormat() {
        super(
                "phishtank-json",
                "PhishTank online-valid.json → phishing events with address, network and country",
                null,
                PhishtankJsonFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines());
        return head.stripLeading().startsWith("[") && head.contains("\"phish_id\"") ? 95 : 0;
    }

    private static EntryMapper mapper(FormatContext context) {
        PhishtankMapper mapper = new PhishtankMapper();
        Instant observed = context.clock().instant();
        return (entry, raw) -> mapper.map(PhishtankEntry.fromJson(entry), raw, observed);
    }
}
