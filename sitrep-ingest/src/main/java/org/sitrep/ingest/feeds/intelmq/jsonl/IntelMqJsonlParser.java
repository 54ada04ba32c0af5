package org.sitrep.ingest.feeds.intelmq.jsonl;

import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper;

/**
 * Parses one JSON line into an IntelMQ event: a flat line straight from its tokens ({@link FlatJsonLine}), any
 * other line (nested values, bad JSON, a framing error) as a map.
 */
final class IntelMqJsonlParser implements RecordParser {

    private final IntelMqEventMapper mapper = new IntelMqEventMapper();

    @Override
    public ParseOutcome parse(RawRecord record) {
        if (record.framingError() == null) {
            FlatJsonLine.Fields flat = FlatJsonLine.read(record.text());
            if (flat != null) {
                return mapper.map(flat.values(), flat.extra(), record.text());
            }
        }
        try {
            return mapper.map(JsonRecords.object(record), record.text());
        } catch (BadField bad) {
            return bad.toRejected();
        }
    }
}
