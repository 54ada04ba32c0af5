package org.sitrep.ingest.feeds.cvejson5;

import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordReader;

/** Parses one CVE 5.x record's JSON text; see {@link CveRecordMapper} for the field rules. */
final class CveJson5Parser implements RecordParser {

    private final CveRecordMapper mapper;

    CveJson5Parser(CveJson5Config config) {
        this.mapper = new CveRecordMapper(config.source());
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return JsonRecordReader.parse(record, mapper::map);
    }
}
