package org.sitrep.ingest.feeds.misp;

import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;

/**
 * A MISP event as JSON ({@code {"Event":{…}}}: a REST export or one {@code <uuid>.json} of a MISP feed; or the bare
 * event object, as MISP's API and IntelMQ's MISP collector give it) → one
 * event per taken attribute, classified from {@code rsit:}/{@code ecsirt:} tags or the category, TLP from the
 * {@code tlp:} tags.
 */
public final class MispEventFormat extends DeclaredFeed {

    public MispEventFormat() {
        super(
                "misp-event",
                "MISP event JSON ({\"Event\":…}, e.g. a feed's <uuid>.json) → one event per network/hash attribute",
                MispEventSource::new,
                MispEventFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("", sample.firstLines()).replaceAll("\\s", "");
        if (head.startsWith("{\"Event\":{")) {
            return 95;
        }
        // a bare event object: MISP's own members near its start
        boolean bare = head.startsWith("{")
                && head.contains("\"info\":")
                && (head.contains("\"threat_level_id\":") || head.contains("\"Attribute\":["));
        return bare ? 85 : 0;
    }

    private static RecordParser parserFor(FormatContext context) {
        return new MispParser(
                context.config(MispConfig.class, MispConfig.DEFAULT),
                context.clock().instant());
    }
}
