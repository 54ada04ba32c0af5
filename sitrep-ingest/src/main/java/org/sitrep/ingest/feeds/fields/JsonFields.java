package org.sitrep.ingest.feeds.fields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.BoundedJson;
import org.sitrep.core.parse.Cells;
import org.sitrep.core.parse.RejectCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON records and their fields leniently as feeds write them: numbers as strings or numbers, missing and
 * {@code null} alike. A value of the wrong kind (an object where text is expected) is a {@code bad-value} reject.
 */
public final class JsonFields {

    private static final ObjectMapper JSON = BoundedJson.MAPPER;

    private JsonFields() {}

    /** Parses one record's text as a JSON object, or rejects it as {@code bad-json}. */
    public static JsonNode object(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new BadField(null, RejectCode.BAD_JSON, "unreadable JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadField(null, RejectCode.BAD_JSON, "expected a JSON object");
        }
        return node;
    }

    /** The field as trimmed text (numbers and booleans as written), {@code null} when missing, null or blank. */
    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadField(field, RejectCode.BAD_VALUE, field + " must be a single value");
        }
        return Cells.present(value.asString());
    }

    /** The fields present as text, by field name, in the order given ({@code extra} of an entry). */
    public static Map<String, Object> texts(JsonNode node, String... fields) {
        return texts(node, UnaryOperator.identity(), fields);
    }

    /** The fields present as text, each under the key {@code keyOf} gives its name, in the order given. */
    public static Map<String, Object> texts(JsonNode node, UnaryOperator<String> keyOf, String... fields) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String field : fields) {
            String value = text(node, field);
            if (value != null) {
                texts.put(keyOf.apply(field), value);
            }
        }
        return texts;
    }

    public static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw BadField.missing(field);
        }
        return value;
    }

    /** A list of strings from an array of strings, a comma-separated string, or nothing. */
    public static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isValueNode()) {
                    throw new BadField(field, RejectCode.BAD_VALUE, field + " must hold plain values");
                }
                String text = Cells.present(item.asString());
                if (text != null) {
                    out.add(text);
                }
            }
            return out;
        }
        String text = text(node, field);
        if (text != null) {
            for (String part : text.split(",")) {
                String item = Cells.present(part);
                if (item != null) {
                    out.add(item);
                }
            }
        }
        return out;
    }
}
