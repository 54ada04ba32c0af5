package org.sitrep.ingest.feeds.misp;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;

/** Parses the attribute records of a MISP event, each with its event's fields. */
final class MispParser implements RecordParser {

    private final MispMapper mapper;
    private final Instant observed;

    MispParser(MispConfig config, Instant observed) {
        this.mapper = new MispMapper(config);
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        String event = record.fields().getOrDefault(MispEventSource.EVENT, "{}");
        String object = record.fields().get(MispEventSource.OBJECT);
        return mapper.map(
                JsonFields.object(record.text()),
                JsonFields.object(event),
                object == null ? null : JsonFields.object(object),
                record.text(),
                observed);
    }
}
