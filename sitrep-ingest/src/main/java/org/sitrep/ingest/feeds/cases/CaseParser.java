package org.sitrep.ingest.feeds.cases;

import java.util.List;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.ingest.feeds.fields.JsonRecords;

/** Parses one JSON line into a case. */
final class CaseParser implements RecordParser {

    private final CaseMapper mapper = new CaseMapper();

    @Override
    public ParseOutcome parse(RawRecord record) {
        try {
            return new ParseOutcome.Cases(List.of(mapper.map(JsonRecords.object(record))));
        } catch (BadField bad) {
            return bad.toRejected();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new ParseOutcome.Rejected(null, RejectCode.BAD_VALUE, String.valueOf(invalid.getMessage()));
        }
    }
}
