package org.sitrep.ingest.feeds.openphish;

import java.time.Instant;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.fields.RecordGuard;

/** Parses OpenPhish lines: a URL (community feed) or a JSON object (premium feed). */
final class OpenphishParser implements RecordParser {

    private final OpenphishMapper mapper = new OpenphishMapper(OpenphishConfig.DEFAULT);
    private final boolean json;
    private final Instant observed;

    OpenphishParser(boolean json, Instant observed) {
        this.json = json;
        this.observed = observed;
    }

    @Override
    public ParseOutcome parse(RawRecord record) {
        return RecordGuard.parse(record, this::map);
    }

    private ParseOutcome map(RawRecord record) {
        String text = record.text().strip();
        return ParseOutcome.of(
                json
                        ? mapper.fromJson(JsonFields.object(text), record.text(), observed)
                        : mapper.fromUrl(text, observed));
    }
}
