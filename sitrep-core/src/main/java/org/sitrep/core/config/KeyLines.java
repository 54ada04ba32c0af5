package org.sitrep.core.config;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds the line of a key in a YAML text. Jackson reports where it stood when it failed, which for records (read
 * whole before they are built) is the end of the enclosing mapping rather than the offending key.
 */
final class KeyLines {

    private KeyLines() {}

    /** The 1-based line of the key at the path, or 0 when it is not found. */
    static int lineOf(ObjectMapper mapper, String yaml, List<JacksonException.Reference> path) {
        String wanted = pointer(path);
        if (wanted.isEmpty()) {
            return 0;
        }
        try (JsonParser parser = mapper.createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME
                        && parser.streamReadContext().pathAsPointer().toString().equals(wanted)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (JacksonException e) {
            return 0;
        }
        return 0;
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
