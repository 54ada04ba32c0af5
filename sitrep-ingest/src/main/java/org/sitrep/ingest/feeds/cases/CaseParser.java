package org.sitrep.ingest.feeds.cases;

import java.util.List;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonRecords;

/** Parses one JSON line into a case. */
final class CaseParser implements RecordParser {

    private final CaseMapper mapper = new CaseMapper();

    @Override
    public ParseOutcome parse(RawRecord record) {
        return JsonRecords.mapped(record, members -> new ParseOutcome.Cases(List.of(mapper.map(members))));
    }
}
