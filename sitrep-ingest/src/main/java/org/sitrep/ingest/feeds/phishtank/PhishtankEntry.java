package org.sitrep.ingest.feeds.phishtank;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * One PhishTank entry from {@code online-valid.csv} or {@code online-valid.json}. Only the JSON dump carries the
 * hosting details ({@code details[0]}: address, announcing network, country).
 */
record PhishtankEntry(
        @Nullable String url,
        @Nullable String submissionTime,
        @Nullable String verificationTime,
        @Nullable String verified,
        @Nullable String online,
        @Nullable String target,
        @Nullable String ip,
        @Nullable String asn,
        @Nullable String country,
        Map<String, Object> extra) {

    static PhishtankEntry fromCells(Row row) {
        return new PhishtankEntry(
                row.get("url"),
                row.get("submission_time"),
                row.get("verification_time"),
                row.get("verified"),
                row.get("online"),
                row.get("target"),
                null,
                null,
                null,
                row.rest());
    }

    static PhishtankEntry fromJson(JsonNode node) {
        Map<String, Object> extra = JsonFields.texts(node, "phish_id", "phish_detail_url");
        JsonNode details = node.path("details");
        JsonNode first = details.isArray() && !details.isEmpty() ? details.get(0) : null;
        if (first != null && !first.isObject()) {
            first = null;
        }
        return new PhishtankEntry(
                JsonFields.text(node, "url"),
                JsonFields.text(node, "submission_time"),
                JsonFields.text(node, "verification_time"),
                JsonFields.text(node, "verified"),
                JsonFields.text(node, "online"),
                JsonFields.text(node, "target"),
                first == null ? null : JsonFields.text(first, "ip_address"),
                first == null ? null : JsonFields.text(first, "announcing_network"),
                first == null ? null : JsonFields.text(first, "country"),
                extra);
    }
}
