package org.sitrep.ingest.feeds.vulnerabilities;

import java.io.Reader;
import java.util.Map;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/** Sitrep's vulnerability records as JSON Lines ({@code id, aliases, published, severity, cvss.*, …}). */
public final class VulnerabilitiesJsonlFormat extends DeclaredFeed {

    public static final String NAME = "sitrep-vulnerabilities-jsonl";

    public VulnerabilitiesJsonlFormat() {
        super(NAME, "Sitrep vulnerabilities, one JSON object per line (id, aliases, published, severity, cvss, …)");
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

    @Override
    public RecordSource open(Reader input) {
        return new LineRecordSource(input);
    }

    @Override
    public RecordParser parser(FormatContext context) {
        return RecordGuard.around(new VulnerabilityParser());
    }
}
