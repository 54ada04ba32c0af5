package org.sitrep.ingest.feeds.urlhaus;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.Row;
import org.sitrep.ingest.feeds.fields.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * One URLhaus entry, whichever way it came (CSV dump, older per-country CSV or JSON API), with the names of the
 * current CSV dump. {@code ip}, {@code asn} and {@code country} only the older CSV carries.
 */
record UrlhausEntry(
        @Nullable String dateAdded,
        @Nullable String url,
        @Nullable String status,
        @Nullable String threat,
        List<String> tags,
        @Nullable String ip,
        @Nullable String asn,
        @Nullable String country,
        Map<String, Object> extra) {

    /** The first column of the per-country, per-ASN and per-TLD feeds, as the header names it (lower case). */
    static final String DATE_ADDED_UTC = "dateadded (utc)";

    static UrlhausEntry fromCells(Row row) {
        String tags = row.get("tags");
        return new UrlhausEntry(
                row.first("dateadded", "date_added", DATE_ADDED_UTC),
                row.get("url"),
                row.get("url_status"),
                row.get("threat"),
                tags == null ? List.of() : List.of(tags.split("\\s*,\\s*")),
                row.get("ipaddress"),
                row.get("asnumber"),
                row.get("country"),
                row.rest());
    }

    static UrlhausEntry fromJson(JsonNode node) {
        Map<String, Object> extra =
                JsonFields.texts(node, "id", "urlhaus_reference", "reporter", "larted", "host", "last_online");
        JsonNode blacklists = node.get("blacklists");
        if (blacklists != null && blacklists.isObject()) {
            blacklists.properties().forEach(entry -> {
                if (entry.getValue().isValueNode()) {
                    extra.put("blacklists." + entry.getKey(), entry.getValue().asString());
                }
            });
        }
        return new UrlhausEntry(
                JsonFields.text(node, "date_added"),
                JsonFields.text(node, "url"),
                JsonFields.text(node, "url_status"),
                JsonFields.text(node, "threat"),
                JsonFields.strings(node, "tags"),
                null,
                null,
                null,
                extra);
    }
}
