package org.sitrep.app.server;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies read inside the handler, after the caller's role is checked (so that a caller without the role
 * gets 403 whatever it sent): a JSON object and its text fields, each bounded; what does not fit is a bad value.
 */
public final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBodies() {}

    /** The body as a JSON object; an absent or blank body is an empty object. */
    public static JsonNode object(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return node;
    }

    /** A text field of at most {@code max} characters, stripped; null when absent, null or blank. */
    public static @Nullable String text(JsonNode fields, String name, int max) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(name + " must be text");
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            throw new IllegalArgumentException(name + " is longer than " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** A text field that must be there, of at most {@code max} characters. */
    public static String required(JsonNode fields, String name, int max) {
        String text = text(fields, name, max);
        if (text == null) {
            throw new IllegalArgumentException(name + " is required (text)");
        }
        return text;
    }
}
