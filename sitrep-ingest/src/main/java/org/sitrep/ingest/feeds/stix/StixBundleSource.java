package org.sitrep.ingest.feeds.stix;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.DocumentSource;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.fields.JsonFields;
import org.sitrep.ingest.feeds.framing.JsonArrayRecordSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Frames a STIX 2.1 bundle into one record per indicator and per observed-data object, each with the line where
 * it starts. Objects refer to others in the same bundle (SCOs, the producing identity, marking definitions, the
 * malware an indicator indicates), so the bundle is read whole first — it is one file — and every record carries
 * the objects it refers to in {@link RawRecord#fields()} under {@link #REFERENCED} as a JSON object keyed by id.
 */
final class StixBundleSource extends DocumentSource {

    /** The field holding the referenced objects. */
    static final String REFERENCED = "referenced";

    private final JsonArrayRecordSource objects;

    StixBundleSource(Reader input) {
        this.objects = new JsonArrayRecordSource(input, "objects");
    }

    @Override
    protected List<RawRecord> frame() {
        List<RawRecord> framed = new ArrayList<>();
        List<Located> relevant = new ArrayList<>();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        Map<String, Set<String>> indicates = new LinkedHashMap<>();
        while (objects.hasNext()) {
            RawRecord record = objects.next();
            if (record.framingError() != null) {
                framed.add(record);
                continue;
            }
            JsonNode object;
            try {
                object = JsonFields.object(record.text());
            } catch (BadField e) {
                framed.add(RawRecord.unframed(record.line(), record.text(), "bundle entry is not an object"));
                continue;
            }
            String type = text(object.path("type"));
            String id = text(object.path("id"));
            if (!id.isEmpty()) {
                byId.put(id, object);
            }
            if (type.equals("indicator") || type.equals("observed-data")) {
                relevant.add(new Located(record, object));
            } else if (type.equals("relationship")
                    && text(object.path("relationship_type")).equals("indicates")) {
                indicates
                        .computeIfAbsent(text(object.path("source_ref")), key -> new LinkedHashSet<>())
                        .add(text(object.path("target_ref")));
            }
        }
        for (Located located : relevant) {
            ObjectNode referenced = JsonNodeFactory.instance.objectNode();
            for (String ref : references(located.object(), byId, indicates)) {
                JsonNode target = byId.get(ref);
                if (target != null) {
                    referenced.set(ref, target);
                }
            }
            framed.add(new RawRecord(
                    located.record().line(), located.record().text(), Map.of(REFERENCED, referenced.toString())));
        }
        framed.sort(java.util.Comparator.comparingLong(RawRecord::line));
        return framed;
    }

    private static Set<String> references(
            JsonNode object, Map<String, JsonNode> byId, Map<String, Set<String>> indicates) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(text(object.path("created_by_ref")));
        object.path("object_marking_refs").forEach(ref -> refs.add(text(ref)));
        object.path("object_refs").forEach(ref -> refs.add(text(ref)));
        refs.addAll(indicates.getOrDefault(text(object.path("id")), Set.of()));
        // a network-traffic SCO points at its addresses
        for (String ref : List.copyOf(refs)) {
            JsonNode target = byId.get(ref);
            if (target != null) {
                refs.add(text(target.path("src_ref")));
                refs.add(text(target.path("dst_ref")));
            }
        }
        refs.remove("");
        return refs;
    }

    /** The node's text when it is a JSON string, else empty. */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : "";
    }

    private record Located(RawRecord record, JsonNode object) {}

    @Override
    public void close() throws IOException {
        objects.close();
    }
}
