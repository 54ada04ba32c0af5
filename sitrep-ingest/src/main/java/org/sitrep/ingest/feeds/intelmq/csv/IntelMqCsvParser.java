package org.sitrep.ingest.feeds.intelmq.csv;

import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.FieldValues;
import org.sitrep.ingest.feeds.framing.NamedCsvRecordSource;
import org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper;

/** Parses one CSV row (cells by dotted column name) into an IntelMQ event. */
final class IntelMqCsvParser implements RecordParser {

    private final IntelMqEventMapper mapper = new IntelMqEventMapper();

    @Override
    public ParseOutcome parse(RawRecord record) {
        String framingError = record.fields().get(NamedCsvRecordSource.FRAMING_ERROR);
        if (framingError != null) {
            return new ParseOutcome.Rejected(null, FieldValues.BAD_ROW, framingError);
        }
        return mapper.map(record.fields(), record.text());
    }
}
