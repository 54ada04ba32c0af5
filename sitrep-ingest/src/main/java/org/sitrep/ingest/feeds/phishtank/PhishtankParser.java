package org.sitrep.ingest.feeds.phishtank;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.RecordGuard;
import org.sitrep.ingest.feeds.fields.Row;

/** Parses PhishTank records: CSV rows (cells by header) or JSON dump entries (text). */
final class PhishtankParser implements RecordParser {

    private final PhishtankMapper mapper = new PhishtankMapper();
    private final boolean json;
    private final Instant observed;

    PhishtankParser(boolean json, Instant observed) {
        this.json = json;
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        PhishtankEntry entry = json
                ? PhishtankEntry.fromJson(JsonFields.object(record.text()))
                : PhishtankEntry.fromCells(new Row(record.fields()));
        return mapper.map(entry, record.text(), observed);
    }
}
