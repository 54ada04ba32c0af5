package org.sitrep.ingest.feeds.framing;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BoundedJson;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.ReadAheadSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Streams the entries of one JSON array as records, one at a time: either a top-level array or the array under
 * one field of a top-level object ({@code {"query_status":"ok","urls":[…]}}). Scalar fields of the envelope that
 * come before the array travel with every record in {@link RawRecord#fields()}, so the parser can see, e.g., the
 * query status. A record's line is where its entry starts; broken JSON ends the stream with a framing error.
 */
public final class JsonArrayRecordSource extends ReadAheadSource {

    private static final ObjectMapper JSON = BoundedJson.MAPPER;

    private final Reader input;
    private final @Nullable String arrayField;
    private final Map<String, String> envelope = new LinkedHashMap<>();
    private @Nullable JsonParser parser;
    private boolean inArray;
    private boolean done;

    /** @param arrayField the field of the top-level object holding the entries, or {@code null} for a top-level array */
    public JsonArrayRecordSource(Reader input, @Nullable String arrayField) {
        this.input = ByteOrderMark.skip(input);
        this.arrayField = arrayField;
    }

    @Override
    protected @Nullable RawRecord read() {
        if (done) {
            return null;
        }
        try {
            if (!inArray && !findArray()) {
                done = true;
                return null;
            }
            JsonToken token = parser().nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                done = true;
                return null;
            }
            long line = parser().currentTokenLocation().getLineNr();
            JsonNode entry = parser().readValueAsTree();
            return new RawRecord(line, entry.toString(), Map.copyOf(envelope));
        } catch (JacksonException e) {
            done = true;
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return RawRecord.unframed(line, "", "unreadable JSON: " + e.getOriginalMessage());
        }
    }

    private boolean findArray() {
        parser = JSON.createParser(input);
        JsonToken first = parser.nextToken();
        if (first == null) {
            return false;
        }
        if (first == JsonToken.START_ARRAY) {
            inArray = true;
            return true;
        }
        if (first != JsonToken.START_OBJECT || arrayField == null) {
            throw new JsonShapeException(parser, arrayField == null ? "expected a JSON array" : "expected an object");
        }
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals(arrayField)) {
                if (value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL) {
                    // a record list of the wrong shape holds records that would otherwise vanish unread
                    throw new JsonShapeException(parser, "expected \"" + arrayField + "\" to be an array");
                }
                if (value == JsonToken.START_ARRAY) {
                    inArray = true;
                    return true;
                }
                continue;
            }
            if (value.isScalarValue()) {
                envelope.put(name, parser.getValueAsString(""));
            } else {
                parser.skipChildren();
            }
        }
        return false;
    }

    /** Well-formed JSON of the wrong shape, reported like broken JSON. */
    private static final class JsonShapeException extends tools.jackson.core.exc.StreamReadException {
        JsonShapeException(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        input.close();
    }

    /** The parser over the input, present from the first record read on. */
    private JsonParser parser() {
        JsonParser current = parser;
        if (current == null) {
            throw new IllegalStateException("the input was not opened");
        }
        return current;
    }
}
