package org.sitrep.ingest.feeds.threatfox;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.RecordGuard;
import org.sitrep.ingest.feeds.fields.Row;

/** Parses ThreatFox records: CSV export rows (cells by header) or JSON API entries (text). */
final class ThreatfoxParser implements RecordParser {

    private final ThreatfoxMapper mapper = new ThreatfoxMapper();
    private final boolean json;
    private final Instant observed;

    ThreatfoxParser(boolean json, Instant observed) {
        this.json = json;
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        ThreatfoxEntry entry = json
                ? ThreatfoxEntry.fromJson(JsonFields.object(record.text()))
                : ThreatfoxEntry.fromCells(new Row(record.fields()));
        return mapper.map(entry, record.text(), observed);
    }
}
