package org.sitrep.ingest.feeds.feodo;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.JsonFields;
import tools.jackson.databind.JsonNode;

/** One Feodo Tracker botnet C2, from the CSV blocklist (current or older header) or the JSON blocklist. */
record FeodoEntry(
        @Nullable String firstSeen,
        @Nullable String ip,
        @Nullable String port,
        @Nullable String malware,
        @Nullable String hostname,
        @Nullable String asn,
        @Nullable String asName,
        @Nullable String country,
        Map<String, Object> extra) {

    static FeodoEntry fromCells(Row row) {
        return new FeodoEntry(
                row.first("first_seen_utc", "firstseen"),
                row.first("dst_ip", "dstip"),
                row.first("dst_port", "dstport"),
                row.get("malware"),
                null,
                null,
                null,
                null,
                row.rest());
    }

    static FeodoEntry fromJson(JsonNode node) {
        Map<String, Object> extra =
                JsonFields.texts(node, field -> field.equals("status") ? "c2_status" : field, "status", "last_online");
        return new FeodoEntry(
                JsonFields.text(node, "first_seen"),
                JsonFields.text(node, "ip_address"),
                JsonFields.text(node, "port"),
                JsonFields.text(node, "malware"),
                JsonFields.text(node, "hostname"),
                JsonFields.text(node, "as_number"),
                JsonFields.text(node, "as_name"),
                JsonFields.text(node, "country"),
                extra);
    }
}
