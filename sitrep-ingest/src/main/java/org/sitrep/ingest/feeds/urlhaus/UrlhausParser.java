package org.sitrep.ingest.feeds.urlhaus;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.RecordGuard;
import org.sitrep.ingest.feeds.fields.Row;

/** Parses URLhaus records: CSV rows (cells by header) or JSON API entries (text). */
final class UrlhausParser implements RecordParser {

    private final UrlhausMapper mapper = new UrlhausMapper();
    private final boolean json;
    private final Instant observed;

    UrlhausParser(boolean json, Instant observed) {
        this.json = json;
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        UrlhausEntry entry = json
                ? UrlhausEntry.fromJson(JsonFields.object(record.text()))
                : UrlhausEntry.fromCells(new Row(record.fields()));
        return ParseOutcome.of(mapper.map(entry, record.text(), observed));
    }
}
