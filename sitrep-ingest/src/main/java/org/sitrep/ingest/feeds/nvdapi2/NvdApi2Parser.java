package org.sitrep.ingest.feeds.nvdapi2;

import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.vulnerability.JsonRecordReader;

/** Parses one NVD {@code vulnerabilities[]} entry; see {@link NvdCveMapper} for the field rules. */
final class NvdApi2Parser implements RecordParser {

    private final NvdCveMapper mapper;

    NvdApi2Parser(NvdApi2Config config) {
        this.mapper = new NvdCveMapper(config);
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return JsonRecordReader.parse(record, mapper::map);
    }
}
