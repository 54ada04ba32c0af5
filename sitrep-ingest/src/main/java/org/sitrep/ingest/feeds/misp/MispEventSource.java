package org.sitrep.ingest.feeds.misp;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BoundedJson;
import org.sitrep.core.parse.DocumentSource;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.framing.ByteOrderMark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Frames one MISP event ({@code {"Event":{…}}}, or the bare event object MISP's API and IntelMQ's MISP collector
 * give) into one record per attribute, top-level or inside a MISP object,
 * each with the line where it (or its object) starts. The event's own fields (uuid, date, info, Orgc, Tag, …)
 * may come after the attributes, so the event is read whole first (it is one file) and every record carries
 * them as JSON under {@link #EVENT}, and an object attribute its object's name and category under
 * {@link #OBJECT}.
 */
final class MispEventSource extends DocumentSource {

    static final String EVENT = "event";
    static final String OBJECT = "object";

    private static final ObjectMapper JSON = BoundedJson.MAPPER;

    private final Reader input;

    MispEventSource(Reader input) {
        this.input = ByteOrderMark.skip(input);
    }

    private record Located(
            long line, JsonNode attribute, @Nullable JsonNode object) {}

    @Override
    protected List<RawRecord> frame() {
        List<Located> attributes = new ArrayList<>();
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        RawRecord error = null;
        try (JsonParser parser = JSON.createParser(input)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return List.of();
            }
            if (first != JsonToken.START_OBJECT) {
                return List.of(RawRecord.unframed(1, "", "a MISP event is a JSON object"));
            }
            // {"Event":{…}} or the event's own members at the top ("uuid", "info", "Attribute", …)
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (name.equals("Event") && value == JsonToken.START_OBJECT) {
                    readEvent(parser, event, attributes);
                } else {
                    readMember(parser, name, value, event, attributes);
                }
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            error = RawRecord.unframed(line, "", "unreadable JSON: " + e.getOriginalMessage());
        }
        String eventText = event.toString();
        List<RawRecord> framed = new ArrayList<>();
        for (Located located : attributes) {
            Map<String, String> context = located.object() == null
                    ? Map.of(EVENT, eventText)
                    : Map.of(EVENT, eventText, OBJECT, located.object().toString());
            framed.add(new RawRecord(located.line(), located.attribute().toString(), context));
        }
        if (error != null) {
            framed.add(error);
        }
        return framed;
    }

    private static void readEvent(JsonParser parser, ObjectNode event, List<Located> attributes) {
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            readMember(parser, name, parser.nextToken(), event, attributes);
        }
    }

    private static void readMember(
            JsonParser parser, String name, JsonToken value, ObjectNode event, List<Located> attributes) {
        if (name.equals("Attribute") && value == JsonToken.START_ARRAY) {
            while (nextEntry(parser)) {
                long line = parser.currentTokenLocation().getLineNr();
                attributes.add(new Located(line, parser.readValueAsTree(), null));
            }
        } else if (name.equals("Object") && value == JsonToken.START_ARRAY) {
            while (nextEntry(parser)) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode object = parser.readValueAsTree();
                readObject(line, object, attributes);
            }
        } else {
            event.set(name, (JsonNode) parser.readValueAsTree());
        }
    }

    private static boolean nextEntry(JsonParser parser) {
        JsonToken token = parser.nextToken();
        return token != null && token != JsonToken.END_ARRAY;
    }

    private static void readObject(long line, JsonNode object, List<Located> attributes) {
        if (!object.isObject()) {
            attributes.add(new Located(line, object, null));
            return;
        }
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("name", "meta-category", "uuid", "comment")) {
            if (object.has(field)) {
                meta.set(field, object.get(field));
            }
        }
        for (JsonNode attribute : object.path("Attribute")) {
            attributes.add(new Located(line, attribute, meta));
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
