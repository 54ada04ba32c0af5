package org.sitrep.ingest.feeds.fields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.parse.Sample;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads one JSON object per record (JSON Lines) into plain Java values: strings, numbers, booleans, lists, maps. */
public final class JsonRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRecords() {}

    /** The record's object; a line the source could not frame (too long) is {@link RejectCode#BAD_FRAMING}. */
    public static Map<String, Object> object(RawRecord record) {
        if (record.framingError() != null) {
            throw new BadField(
                    null, RejectCode.BAD_FRAMING, record.framingError().detail());
        }
        return object(record.text());
    }

    /** The object's members in order; {@link BadField} ({@code bad-json}) when the text is not one JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{")) {
            throw new BadField(null, RejectCode.BAD_JSON, "not a JSON object: " + FieldValues.shorten(trimmed));
        }
        try {
            Map<String, Object> members = JSON.readValue(trimmed, LinkedHashMap.class);
            if (members == null) {
                throw new BadField(null, RejectCode.BAD_JSON, "not a JSON object");
            }
            return members;
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
            throw new BadField(null, RejectCode.BAD_JSON, "not valid JSON: " + FieldValues.shorten(reason));
        }
    }

    /**
     * What the mapping makes of the record's object: a {@link BadField} is its reject, and a value a domain record
     * refuses ({@link IllegalArgumentException}, {@link NullPointerException}) is {@code bad-value}.
     */
    public static ParseOutcome mapped(RawRecord record, Function<Map<String, Object>, ParseOutcome> mapping) {
        try {
            return mapping.apply(object(record));
        } catch (BadField bad) {
            return bad.toRejected();
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return new ParseOutcome.Rejected(null, RejectCode.BAD_VALUE, String.valueOf(invalid.getMessage()));
        }
    }

    /** For detection: the first line of the sample that is one JSON object (a broken first line is skipped). */
    public static Optional<Map<String, Object>> firstObject(Sample sample) {
        return sample.firstLines().stream()
                .filter(line -> !line.isBlank())
                .map(JsonRecords::objectIfAny)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** For detection: the members of the text if it is one JSON object. */
    public static Optional<Map<String, Object>> objectIfAny(String text) {
        try {
            return Optional.of(object(text));
        } catch (BadField e) {
            return Optional.empty();
        }
    }
}
