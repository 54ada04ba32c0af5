package org.sitrep.ingest.feeds.kevjson;

import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordReader;

/** Parses one KEV catalogue entry; see {@link KevEntryMapper} for the field rules. */
final class KevJsonParser implements RecordParser {

    private final KevEntryMapper mapper;

    KevJsonParser(KevJsonConfig config) {
        this.mapper = new KevEntryMapper(config.source());
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return JsonRecordReader.parse(record, mapper::map);
    }
}
