package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.RecordGuard;
import org.sitrep.ingest.feeds.fields.Row;

/** Parses Feodo Tracker records: CSV rows (cells by header) or JSON blocklist entries (text). */
final class FeodoParser implements RecordParser {

    private final FeodoMapper mapper = new FeodoMapper();
    private final boolean json;
    private final Instant observed;

    FeodoParser(boolean json, Instant observed) {
        this.json = json;
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        FeodoEntry entry = json
                ? FeodoEntry.fromJson(JsonFields.object(record.text()))
                : FeodoEntry.fromCells(new Row(record.fields()));
        return ParseOutcome.of(mapper.map(entry, record.text(), observed));
    }
}
