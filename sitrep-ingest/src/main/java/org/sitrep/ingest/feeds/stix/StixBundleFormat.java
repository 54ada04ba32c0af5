package org.sitrep.ingest.feeds.stix;

import java.io.Reader;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;

/**
 * STIX 2.1 bundles (JSON): indicators with simple patterns and observed-data with embedded or referenced SCOs →
 * one event each, classified from labels and indicator types, TLP from the marking references.
 */
public final class StixBundleFormat extends DeclaredFeed {

    public StixBundleFormat() {
        super("stix2-bundle", "STIX 2.1 bundle → events from indicators (simple patterns) and observed-data, with TLP");
    }

    @Override
    public int detect(Sample sample) {
        String head = String.join("\n", sample.firstLines()).replace(" ", "");
        if (!head.startsWith("{")) {
            return 0;
        }
        if (head.contains("\"type\":\"bundle\"")) {
            return 95;
        }
        return head.contains("\"objects\":[") && head.contains("\"spec_version\":\"2.1\"") ? 85 : 0;
    }

    @Override
    public RecordSource open(Reader input) {
        return new StixBundleSource(input);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new StixParser(
                context.config(StixConfig.class, StixConfig.DEFAULT),
                context.clock().instant()));
    }
}
