package org.sitrep.ingest.feeds.misp;

import java.io.IOException;
import java.io.Reader;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.ingest.feeds.framing.BoundedJson;
import org.sitrep.ingest.feeds.framing.ByteOrderMark;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Streams a MISP feed's {@code manifest.json} (an object keyed by event uuid) as one record per listed event. */
final class MispManifestSource implements RecordSource {

    private final Reader input;
    private @Nullable JsonParser parser;
    private boolean done;
    private @Nullable RawRecord next;

    MispManifestSource(Reader input) {
        this.input = ByteOrderMark.skip(input);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            if (parser == null) {
                parser = BoundedJson.MAPPER.createParser(input);
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    done = true;
                    if (first == null) {
                        return false;
                    }
                    next = RawRecord.unframed(1, "", "a MISP feed manifest is a JSON object");
                    return true;
                }
            }
            String uuid = parser.nextName();
            if (uuid == null) {
                done = true;
                return false;
            }
            parser.nextToken();
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode entry = parser.readValueAsTree();
            if (entry instanceof ObjectNode object) {
                object.put("uuid", uuid);
            }
            next = RawRecord.ofText(line, entry.toString());
        } catch (JacksonException e) {
            done = true;
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            next = RawRecord.unframed(line, "", "unreadable JSON: " + e.getOriginalMessage());
        }
        return true;
    }

    @Override
    public RawRecord next() {
        RawRecord record = hasNext() ? next : null;
        if (record == null) {
            throw new NoSuchElementException();
        }
        next = null;
        return record;
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
        input.close();
    }
}
