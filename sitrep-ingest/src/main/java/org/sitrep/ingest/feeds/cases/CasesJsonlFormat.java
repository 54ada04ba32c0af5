package org.sitrep.ingest.feeds.cases;

import java.util.Map;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/** Sitrep's incident cases as JSON Lines ({@code id, type, grade, reported_at, partners[], status, …}). */
public final class CasesJsonlFormat extends DeclaredFeed {

    public static final String NAME = "sitrep-cases-jsonl";

    public CasesJsonlFormat() {
        super(
                NAME,
                "Sitrep incident cases, one JSON object per line (id, type, grade, reported_at, partners, status, …)",
                LineRecordSource::new,
                CasesJsonlFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        return JsonRecords.firstObject(sample).map(CasesJsonlFormat::confidence).orElse(0);
    }

    private static int confidence(Map<String, Object> members) {
        if (!members.containsKey("id") || !members.containsKey("reported_at")) {
            return 0;
        }
        return members.containsKey("type") ? 90 : 40;
    }

    private static RecordParser parserFor(FormatContext context) {
        return new CaseParser();
    }
}
