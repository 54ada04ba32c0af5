package org.sitrep.ingest.feeds.threatfox;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.JsonFields;
import tools.jackson.databind.JsonNode;

/** One ThreatFox IOC, from the CSV export or the JSON API ({@code get_iocs}), with the CSV export's meaning. */
record ThreatfoxEntry(
        @Nullable String firstSeen,
        @Nullable String ioc,
        @Nullable String iocType,
        @Nullable String threatType,
        @Nullable String malware,
        @Nullable String malwarePrintable,
        List<String> tags,
        Map<String, Object> extra) {

    static ThreatfoxEntry fromCells(Row row) {
        String tags = row.get("tags");
        return new ThreatfoxEntry(
                row.get("first_seen_utc"),
                row.get("ioc_value"),
                row.get("ioc_type"),
                row.get("threat_type"),
                row.get("fk_malware"),
                row.get("malware_printable"),
                tags == null ? List.of() : List.of(tags.split("\\s*,\\s*")),
                row.rest());
    }

    static ThreatfoxEntry fromJson(JsonNode node) {
        Map<String, Object> extra = JsonFields.texts(
                node,
                field -> field.equals("id") ? "ioc_id" : field,
                "id",
                "malware_alias",
                "malware_malpedia",
                "confidence_level",
                "last_seen",
                "reference",
                "reporter",
                "is_compromised");
        return new ThreatfoxEntry(
                JsonFields.text(node, "first_seen"),
                JsonFields.text(node, "ioc"),
                JsonFields.text(node, "ioc_type"),
                JsonFields.text(node, "threat_type"),
                JsonFields.text(node, "malware"),
                JsonFields.text(node, "malware_printable"),
                JsonFields.strings(node, "tags"),
                extra);
    }
}
