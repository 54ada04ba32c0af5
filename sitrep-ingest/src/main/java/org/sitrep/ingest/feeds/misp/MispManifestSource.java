package org.sitrep.ingest.feeds.misp;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BoundedJson;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.ReadAheadSource;
import org.sitrep.ingest.feeds.framing.ByteOrderMark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Streams a MISP feed's {@code manifest.json} (an object keyed by event uuid) as one record per listed event. */
final class MispManifestSource extends ReadAheadSource {

    private final Reader input;
    private @Nullable JsonParser parser;
    private boolean done;

    MispManifestSource(Reader input) {
        this.input = ByteOrderMark.skip(input);
    }

    @Override
    protected @Nullable RawRecord read() {
        if (done) {
            return null;
        }
        try {
            if (parser == null) {
                parser = BoundedJson.MAPPER.createParser(input);
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    done = true;
                    if (first == null) {
                        return null;
                    }
                    return RawRecord.unframed(1, "", "a MISP feed manifest is a JSON object");
                }
            }
            String uuid = parser.nextName();
            if (uuid == null) {
                done = true;
                return null;
            }
            parser.nextToken();
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode entry = parser.readValueAsTree();
            if (entry instanceof ObjectNode object) {
                object.put("uuid", uuid);
            }
            return RawRecord.ofText(line, entry.toString());
        } catch (JacksonException e) {
            done = true;
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return RawRecord.unframed(line, "", "unreadable JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        input.close();
    }
}
