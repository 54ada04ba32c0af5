package org.sitrep.ingest.feeds;

import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;
import tools.jackson.databind.JsonNode;

/**
 * A feed of JSON entries in one array, declared: its name, description and detection ({@link FeedFormat}), where
 * the array is ({@link #arrayField()}) and the pure mapper of one entry ({@link #mapper}). Streaming the entries
 * (Jackson, bounded) and guarding the mapper are the same for every such feed and live here.
 */
public interface JsonArrayFeed extends FeedFormat {

    /** Maps one entry (a JSON object) and its text to an outcome. */
    @FunctionalInterface
    interface EntryMapper {
        ParseOutcome map(JsonNode entry, String raw);
    }

    /** The field of the top-level object that holds the entries, or {@code null} for a top-level array. */
    @Nullable
    String arrayField();

    /** The mapper for one input; the context carries the file name, the clock and the feed's configuration. */
    EntryMapper mapper(FormatContext context);

    @Override
    default RecordSource open(Reader input) {
        return new JsonArrayRecordSource(input, arrayField());
    }

    @Override
    default RecordParser parser(FormatContext context) {
        EntryMapper mapper = mapper(context);
        return RecordGuard.around(record -> mapper.map(JsonFields.object(record.text()), record.text()));
    }
}
