package org.sitrep.ingest.feeds.zoneh;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.RecordGuard;

/** Parses the rows of a Zone-H defacement CSV. */
final class ZonehParser implements RecordParser {

    private final ZonehMapper mapper = new ZonehMapper();
    private final Instant observed;

    ZonehParser(Instant observed) {
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, raw -> ParseOutcome.of(mapper.map(raw.fields(), raw.text(), observed)));
    }
}
