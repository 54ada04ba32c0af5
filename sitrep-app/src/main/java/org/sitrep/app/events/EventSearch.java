package org.sitrep.app.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Events search and facet counts on the store, in the database: one page or the facets' top values. */
@Component
final class EventSearch {

    /** One event as the search lists it (the stored raw record and {@code extra} are left out). */
    public record EventView(
            long id,
            Instant time,
            String feed,
            String type,
            @Nullable String identifier,
            @Nullable String kind,
            @Nullable String sourceIp,
            @Nullable Integer sourcePort,
            @Nullable String sourceFqdn,
            @Nullable String sourceUrl,
            @Nullable Long asn,
            @Nullable String asName,
            @Nullable String country,
            @Nullable String province,
            @Nullable String city,
            @Nullable String destinationIp,
            @Nullable Integer destinationPort,
            @Nullable String malware,
            @Nullable String registeredDomain,
            @Nullable Boolean domestic,
            boolean government,
            @Nullable String tlp) {}

    /** A page of events, newest first; {@code more} says whether another page follows. */
    public record EventPage(int page, int size, boolean more, List<EventView> events) {
        public EventPage {
            events = List.copyOf(events);
        }
    }

    /** A value of a facet and how many matching events have it; {@code value} is null for "unknown". */
    public record FacetCount(@Nullable String value, long events) {}

    /** The facets a caller may ask for, in the order they are answered. */
    public static final List<String> FACETS = List.of("kind", "type", "feed", "country", "province", "asn");

    private static final SqlResources SQL = new SqlResources(EventSearch.class, "duckdb");

    private final JdbcClient jdbc;

    EventSearch(DataSource store) {
        this.jdbc = JdbcClient.create(store);
    }

    /** Page {@code page} (from 0) of {@code size} events matching the query. */
    EventPage page(EventQuery query, int page, int size) {
        List<EventView> rows = jdbc.sql(SQL.get(query.partner() == null ? "search-events" : "search-partner-events"))
                .params(query.parameters())
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query(EventSearch::view)
                .list();
        boolean more = rows.size() > size;
        return new EventPage(page, size, more, more ? rows.subList(0, size) : rows);
    }

    /** The top values of each facet in {@code by} among the events matching the query. */
    Map<String, List<FacetCount>> facets(EventQuery query, Set<String> by) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.stream().filter(by::contains).forEach(facet -> facets.put(facet, new ArrayList<>()));
        String statement = query.partner() == null ? "facet-events" : "facet-partner-events";
        jdbc.sql(SQL.get(statement)).params(query.parameters()).query(row -> {
            List<FacetCount> counts = facets.get(row.getString("facet"));
            if (counts != null) {
                counts.add(new FacetCount(row.getString("value"), row.getLong("events")));
            }
        });
        return facets;
    }

    private static EventView view(ResultSet row, int number) throws SQLException {
        return new EventView(
                row.getLong("dedup_key"),
                UtcColumns.instant(row.getObject("time_source", LocalDateTime.class)),
                row.getString("feed_name"),
                row.getString("classification_type"),
                row.getString("classification_identifier"),
                row.getString("kind"),
                row.getString("source_ip"),
                row.getObject("source_port", Integer.class),
                row.getString("source_fqdn"),
                row.getString("source_url"),
                row.getObject("source_asn", Long.class),
                row.getString("source_as_name"),
                row.getString("source_geolocation_cc"),
                row.getString("source_geolocation_region"),
                row.getString("source_geolocation_city"),
                row.getString("destination_ip"),
                row.getObject("destination_port", Integer.class),
                row.getString("malware_name"),
                row.getString("registered_domain"),
                row.getObject("domestic", Boolean.class),
                row.getBoolean("government"),
                row.getString("tlp"));
    }
}
