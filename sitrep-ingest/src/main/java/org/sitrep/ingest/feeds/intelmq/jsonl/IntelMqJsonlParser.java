package org.sitrep.ingest.feeds.intelmq.jsonl;

import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.BadField;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper;

/** Parses one JSON line into an IntelMQ event. */
final class IntelMqJsonlParser implements RecordParser {

    private final IntelMqEventMapper mapper = new IntelMqEventMapper();

    @Override
    public ParseOutcome parse(RawRecord record) {
        try {
            return mapper.map(JsonRecords.object(record), record.text());
        } catch (BadField bad) {
            return bad.toRejected();
        }
    }
}
