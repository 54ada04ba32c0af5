package org.sitrep.ingest.store;

import static org.sitrep.ingest.store.Appending.bigint;
import static org.sitrep.ingest.store.Appending.text;
import static org.sitrep.ingest.store.Appending.timestamp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.duckdb.DuckDBAppender;
import org.sitrep.core.cases.Case;
import org.sitrep.core.cases.Partner;

/**
 * Upserts cases by id: a later version of a case replaces the stored one (its status moved on, a partner was
 * added) together with its partners. {@code cross_border} is derived with the home country. A version equal to
 * the stored one is a duplicate.
 */
public final class CaseWriter {

    private final Connection connection;
    private final String homeCountry;

    public CaseWriter(Connection connection, String homeCountry) throws SQLException {
        this.connection = connection;
        this.homeCountry = Objects.requireNonNull(homeCountry, "homeCountry");
        Statements.execute(connection, "create-cases-staging");
        Statements.execute(connection, "create-case-partners-staging");
    }

    public WriteCounts write(List<Case> batch, Long runId) throws SQLException {
        if (batch.isEmpty()) {
            return WriteCounts.NONE;
        }
        Map<String, Case> stored = load(batch);
        Map<String, Case> changed = new LinkedHashMap<>();
        long accepted = 0;
        long duplicate = 0;
        long updated = 0;
        for (Case incoming : batch) {
            Case before = changed.containsKey(incoming.id()) ? changed.get(incoming.id()) : stored.get(incoming.id());
            if (incoming.equals(before)) {
                duplicate++;
            } else {
                if (before == null) {
                    accepted++;
                } else {
                    updated++;
                }
                changed.put(incoming.id(), incoming);
            }
        }
        List<Case> rows = new ArrayList<>(changed.values());
        Statements.inTransaction(connection, () -> store(rows, runId));
        return new WriteCounts(accepted, duplicate, updated);
    }

    private Map<String, Case> load(List<Case> batch) throws SQLException {
        Statements.lookupKeys(
                connection, batch.stream().map(Case::id).distinct().toList());
        Map<String, List<Partner>> partners = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Store.SQL.get("select-case-partners-by-key"))) {
            while (rows.next()) {
                partners.computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
                        .add(CaseRows.readPartner(rows));
            }
        }
        Map<String, Case> found = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(Store.SQL.get("select-cases-by-key"))) {
            while (rows.next()) {
                Case stored = CaseRows.read(rows, partners.getOrDefault(rows.getString("id"), List.of()));
                found.put(stored.id(), stored);
            }
        }
        return found;
    }

    private Void store(List<Case> rows, Long runId) throws SQLException {
        try (DuckDBAppender cases = Statements.stagingAppender(connection, "cases_staging");
                DuckDBAppender partners = Statements.stagingAppender(connection, "case_partners_staging")) {
            for (Case stored : rows) {
                cases.beginRow();
                append(cases, stored, runId);
                cases.endRow();
                for (int position = 0; position < stored.partners().size(); position++) {
                    Partner partner = stored.partners().get(position);
                    partners.beginRow()
                            .append(stored.id())
                            .append(position)
                            .append(partner.name())
                            .append(partner.kind().id());
                    text(partners, partner.country());
                    partners.endRow();
                }
            }
        }
        Statements.execute(connection, "delete-replaced-case-partners");
        Statements.execute(connection, "delete-replaced-cases");
        Statements.execute(connection, "insert-staged-cases");
        Statements.execute(connection, "insert-staged-case-partners");
        Statements.execute(connection, "clear-cases-staging");
        Statements.execute(connection, "clear-case-partners-staging");
        return null;
    }

    private void append(DuckDBAppender appender, Case stored, Long runId) throws SQLException {
        appender.append(stored.id());
        text(appender, stored.title());
        appender.append(stored.type().id());
        text(appender, stored.category());
        text(appender, stored.grade() == null ? null : stored.grade().id());
        timestamp(appender, stored.reportedAt());
        text(appender, stored.reporter());
        text(appender, stored.reporterCountry());
        text(appender, stored.channel() == null ? null : stored.channel().id());
        text(appender, Statements.jsonList(stored.targets()));
        text(appender, Statements.jsonList(stored.targetCountries()));
        appender.append(stored.crossBorder(homeCountry));
        appender.append(stored.infrastructureScope().id());
        appender.append(stored.status().id());
        timestamp(appender, stored.closedAt());
        text(appender, stored.sector());
        bigint(appender, runId);
    }
}
