package org.sitrep.ingest.feeds.vulnerabilities;

import java.util.Map;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/** Sitrep's vulnerability records as JSON Lines ({@code id, aliases, published, severity, cvss.*, …}). */
public final class VulnerabilitiesJsonlFormat extends DeclaredFeed {

    public static final String NAME = "sitrep-vulnerabilities-jsonl";

    public VulnerabilitiesJsonlFormat() {
        super(
                NAME,
                "Sitrep vulnerabilities, one JSON object per line (id, aliases, published, severity, cvss, …)",
                LineRecordSource::new,
                VulnerabilitiesJsonlFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        return JsonRecords.firstObject(sample)
                .map(VulnerabilitiesJsonlFormat::confidence)
                .orElse(0);
    }

    private static int confidence(Map<String, Object> members) {
        if (!members.containsKey("id") || !members.containsKey("published")) {
            return 0;
        }
        boolean vulnerabilityKeys = members.containsKey("severity")
                || members.containsKey("aliases")
                || members.containsKey("affected_object")
                || members.containsKey("known_exploited")
                || members.keySet().stream().anyMatch(key -> key.startsWith("cvss"));
        return vulnerabilityKeys ? 90 : 40;
    }

    private static RecordParser parserFor(FormatContext context) {
        return new VulnerabilityParser();
    }
}
