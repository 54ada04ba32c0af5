package org.sitrep.ingest.feeds.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;

/** Nested values of JSON records: lists of strings, objects, dotted keys that may also be written nested. */
public final class JsonMembers {
    private JsonMembers() {}

    /** {@code "cvss.score"} as a flat key or as {@code "cvss": {"score": …}}. */
    public static @Nullable Object dotted(Map<String, Object> members, String key) {
        if (members.containsKey(key)) {
            return members.get(key);
        }
        int dot = key.indexOf('.');
        if (dot > 0 && members.get(key.substring(0, dot)) instanceof Map<?, ?> nested) {
            return nested.get(key.substring(dot + 1));
        }
        return null;
    }

    /** A list of strings; a single string is a list of one; absent is empty. */
    public static List<String> strings(String field, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            String one = FieldValues.text(field, value);
            return one == null ? List.of() : List.of(one);
        }
        List<String> result = new ArrayList<>(list.size());
        for (Object item : list) {
            String text = FieldValues.text(field, item);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    /** A list of objects; anything else in it is {@link FieldValues#WRONG_TYPE}. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(String field, @Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new BadField(field, RejectCode.WRONG_TYPE, field + " must be a list of objects");
        }
        List<Map<String, Object>> result = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> object)) {
                throw new BadField(field, RejectCode.WRONG_TYPE, field + " must be a list of objects");
            }
            result.add((Map<String, Object>) object);
        }
        return result;
    }
}
