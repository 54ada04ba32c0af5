package org.sitrep.ingest.pipeline;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Case;
import org.sitrep.core.event.Event;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.enrich.derive.DedupDays;
import org.sitrep.ingest.store.CaseWriter;
import org.sitrep.ingest.store.EventWriter;
import org.sitrep.ingest.store.Store;
import org.sitrep.ingest.store.VulnerabilityWriter;
import org.sitrep.ingest.store.WriteCounts;

/** The store writers of a pipeline, each made when first needed (the vulnerability writer loads an index). */
final class Sinks {

    private final Store store;
    private final Connection connection;
    private final String homeCountry;
    private final ZoneId zone;
    private @Nullable EventWriter events;
    private @Nullable VulnerabilityWriter vulnerabilities;
    private @Nullable CaseWriter cases;

    /** @param zone the week zone the dedup keys are made in (their day is its day) */
    Sinks(Store store, String homeCountry, ZoneId zone) {
        this.store = store;
        this.connection = store.connection();
        this.homeCountry = homeCountry;
        this.zone = zone;
    }

    WriteCounts writeEvents(List<Event> batch, long runId) throws SQLException {
        if (events == null) {
            // the stored keys must be of the zone's days before new ones are checked against them
            DedupDays.align(connection, zone, Clock.systemUTC());
            events = new EventWriter(store, zone);
        }
        return events.write(batch, runId);
    }

    /** Stores the events written so far (the event writer gathers them into large inserts). */
    WriteCounts flushEvents() throws SQLException {
        if (events != null) {
            events.flush();
        }
        return WriteCounts.NONE;
    }

    WriteCounts writeVulnerabilities(List<Vulnerability> batch, long runId) throws SQLException {
        if (vulnerabilities == null) {
            vulnerabilities = new VulnerabilityWriter(connection);
        }
        return vulnerabilities.write(batch, runId);
    }

    WriteCounts writeCases(List<Case> batch, long runId) throws SQLException {
        if (cases == null) {
            cases = new CaseWriter(connection, homeCountry);
        }
        return cases.write(batch, runId);
    }
}
