package org.sitrep.ingest.feeds;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;
import tools.jackson.databind.JsonNode;

/**
 * A feed of JSON entries in one array, declared: its name and description, its detection, where the array is
 * ({@link #arrayField()}) and the pure mapper of one entry. Streaming the entries (Jackson,
 * bounded) and guarding the mapper are the same for every such feed and live here.
 */
public abstract class JsonArrayFeed extends DeclaredFeed {

    /** Maps one entry (a JSON object) and its text to an outcome. */
    @FunctionalInterface
    public interface EntryMapper {
        ParseOutcome map(JsonNode entry, String raw);
    }

    private final @Nullable String arrayField;

    /**
     * @param arrayField the field of the top-level object that holds the entries, {@code null} for a top-level array
     * @param mappers the mapper for one input; the context carries the file name, the clock and the feed's
     *     configuration
     */
    protected JsonArrayFeed(
            String name,
            String description,
            @Nullable String arrayField,
            Function<FormatContext, EntryMapper> mappers) {
        super(name, description, input -> new JsonArrayRecordSource(input, arrayField), context -> {
            EntryMapper mapper = mappers.apply(context);
            return record -> mapper.map(JsonFields.object(record.text()), record.text());
        });
        this.arrayField = arrayField;
    }

    /** The field of the top-level object that holds the entries, or {@code null} for a top-level array. */
    public final @Nullable String arrayField() {
        return arrayField;
    }
}
