package org.sitrep.ingest.store;

import static org.sitrep.ingest.store.Appending.bigint;
import static org.sitrep.ingest.store.Appending.bool;
import static org.sitrep.ingest.store.Appending.decimal;
import static org.sitrep.ingest.store.Appending.integer;
import static org.sitrep.ingest.store.Appending.text;
import static org.sitrep.ingest.store.Appending.timestamp;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes derived events in batches: the batch's first event of each {@code dedup_key} is appended to a session-local
 * staging table (its later ones are dropped here, before they cost a row), then the staged rows are moved into
 * {@code events} except those whose key the store already holds. The counts say how many
 * were new and how many were duplicates, within the batch or of earlier ones.
 */
public final class EventWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;

    public EventWriter(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute(Store.SQL.get("create-events-staging"));
        }
    }

    /** Writes a batch of events that went through derivation; {@code runId} may be {@code null}. */
    public WriteCounts write(List<Event> events, Long runId) throws SQLException {
        if (events.isEmpty()) {
            return WriteCounts.NONE;
        }
        KeySet batchKeys = new KeySet(events.size());
        try (DuckDBAppender appender =
                connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "events_staging")) {
            for (Event event : events) {
                if (batchKeys.add(event.derived().dedupKey())) {
                    appender.beginRow();
                    appendRow(appender, event, runId);
                    appender.endRow();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            int inserted = statement.executeUpdate(Store.SQL.get("insert-staged-events"));
            statement.execute(Store.SQL.get("clear-events-staging"));
            return new WriteCounts(inserted, events.size() - inserted, 0);
        }
    }

    /** One row in the column order of {@code V1__schema.sql}. */
    private static void appendRow(DuckDBAppender appender, Event event, Long runId) throws SQLException {
        Derived derived = event.derived();
        appender.append(derived.dedupKey());
        timestamp(appender, event.timeSource());
        timestamp(appender, event.timeObservation());
        text(appender, event.feed().name());
        text(appender, event.feed().provider());
        text(appender, event.feed().url());
        decimal(appender, event.feed().accuracy());
        text(appender, event.classification().taxonomy());
        text(appender, event.classification().type());
        text(appender, event.classification().identifier());
        appendEndpoint(appender, event.source());
        appendEndpoint(appender, event.destination());
        text(appender, event.malwareName());
        text(appender, event.malwareHashSha256());
        text(appender, event.eventDescriptionTarget());
        text(appender, event.tlp() == null ? null : event.tlp().label());
        text(appender, event.extra().isEmpty() ? null : JSON.writeValueAsString(event.extra()));
        text(appender, event.raw());
        text(appender, derived.kind() == null ? null : derived.kind().id());
        text(appender, derived.site());
        text(appender, derived.registeredDomain());
        text(appender, derived.tld());
        bool(appender, derived.domestic());
        appender.append(derived.government());
        text(appender, derived.registrarCountry());
        appender.append(derived.ipLiteral());
        bool(appender, derived.targetDomestic());
        text(appender, derived.targetSector());
        bigint(appender, runId);
    }

    private static void appendEndpoint(DuckDBAppender appender, Endpoint endpoint) throws SQLException {
        text(appender, endpoint.ip());
        integer(appender, endpoint.port());
        text(appender, endpoint.fqdn());
        text(appender, endpoint.url());
        bigint(appender, endpoint.asn());
        text(appender, endpoint.asName());
        text(appender, endpoint.network());
        text(appender, endpoint.cc());
        text(appender, endpoint.region());
        text(appender, endpoint.city());
    }
}
