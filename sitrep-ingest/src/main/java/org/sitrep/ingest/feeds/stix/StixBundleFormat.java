package org.sitrep.ingest.feeds.stix;

import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;

/**
 * STIX 2.1 bundles (JSON): indicators with simple patterns and observed-data with embedded or referenced SCOs →
 * one event each, classified from labels and indicator types, TLP from the marking references.
 */
public final class StixBundleFormat extends DeclaredFeed {

    public StixBundleFormat() {
        super(
                "stix2-bundle",
                "STIX 2.1 bundle → events from indicators (simple patterns) and observed-data, with TLP",
                StixBundleSource::new,
                StixBundleFormat::parserFor);
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

    private static RecordParser parserFor(FormatContext context) {
        return new StixParser(
                context.config(StixConfig.class, StixConfig.DEFAULT),
                context.clock().instant());
    }
}
