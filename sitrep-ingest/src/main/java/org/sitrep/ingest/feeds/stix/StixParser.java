package org.sitrep.ingest.feeds.stix;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;

/** Parses the indicator and observed-data records of a STIX bundle, each with the objects it refers to. */
final class StixParser implements RecordParser {

    private final StixMapper mapper;
    private final Instant observed;

    StixParser(StixConfig config, Instant observed) {
        this.mapper = new StixMapper(config);
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        String referenced = record.fields().get(StixBundleSource.REFERENCED);
        return mapper.map(
                JsonFields.object(record.text()),
                referenced == null ? JsonFields.object("{}") : JsonFields.object(referenced),
                record.text(),
                observed);
    }
}
