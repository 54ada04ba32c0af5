package org.sitrep.core.figures;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;

/**
 * An in-memory DuckDB store at the current schema with small writers for events, vulnerabilities and cases, as the
 * ingest would have left them (derived columns set by hand).
 *
 * <p>With the system property {@code sitrep.test.postgres} set to a JDBC URL of an empty PostgreSQL database
 * (e.g. {@code jdbc:postgresql://localhost:5432/figures?user=sitrep}), the same fixtures run on PostgreSQL with the
 * {@code postgres} dialect: the schema {@code public} of that database is dropped and re-created for each test.
 *
 * <p>Week 2024-W45 in Asia/Shanghai runs from 2024-11-03T16:00Z to 2024-11-10T16:00Z; 2024-W44 ends where it
 * starts.
 */
final class FigureStore implements AutoCloseable {

    static final IsoWeek W45 = new IsoWeek(2024, 45);
    static final IsoWeek W44 = new IsoWeek(2024, 44);

    /** Tuesday of W45, UTC. */
    static final String IN_W45 = "2024-11-05 10:00:00";
    /** Tuesday of W44, UTC. */
    static final String IN_W44 = "2024-10-29 10:00:00";

    private static final String INSERT_EVENT = """
            INSERT INTO events (dedup_key, time_source, feed_name, classification_type, classification_identifier,
                source_ip, source_url, source_geolocation_cc, source_geolocation_region, destination_ip,
                destination_geolocation_cc, malware_name, kind, site, registered_domain, tld, domestic, government,
                registrar_cc, ip_literal, target_domestic, target_sector)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_VULNERABILITY = """
            INSERT INTO vulnerabilities (id, published, title, severity, cvss_score, affected_object, zero_day,
                remote, known_exploited)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_CASE = """
            INSERT INTO cases (id, type, grade, reported_at, targets, cross_border, infrastructure_scope, status,
                closed_at, sector)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_PARTNER =
            "INSERT INTO case_partners (case_id, position, name, kind, country) VALUES (?, ?, ?, ?, ?)";

    static final String POSTGRES_PROPERTY = "sitrep.test.postgres";

    final Connection connection;
    private final String dialect;
    private long nextKey = 1;

    FigureStore() throws SQLException {
        String postgres = System.getProperty(POSTGRES_PROPERTY);
        if (postgres == null || postgres.isBlank()) {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            dialect = "duckdb";
        } else {
            connection = DriverManager.getConnection(postgres);
            dialect = "postgres";
            try (var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA public CASCADE");
                statement.execute("CREATE SCHEMA public");
            }
        }
        Migrations.migrate(connection);
    }

    FigureEngine engine() {
        return engine(FigureSettings.defaults());
    }

    FigureEngine engine(FigureSettings settings) {
        return new FigureEngine(connection, settings.withDialect(dialect));
    }

    EventRow event(String kind, String utcTime) {
        return new EventRow(kind, utcTime);
    }

    /** One event; fields left alone are null (booleans false, domestic true). */
    final class EventRow {
        String time;
        String feed = "feed-a";
        String type;
        String kind;
        String identifier;
        String ip;
        String url;
        String cc;
        String region;
        String destinationIp;
        String destinationCc;
        String malwareName;
        String site;
        String domain;
        String tld;
        Boolean domestic = true;
        boolean government;
        String registrarCc;
        boolean ipLiteral;
        Boolean targetDomestic;
        String sector;

        EventRow(String kind, String time) {
            this.kind = kind;
            this.time = time;
            this.type = switch (kind) {
                case "infected" -> "infected-system";
                case "drop-site" -> "malware-distribution";
                case "phishing" -> "phishing";
                default -> "system-compromise";
            };
        }

        EventRow feed(String value) {
            feed = value;
            return this;
        }

        EventRow family(String value) {
            identifier = value;
            return this;
        }

        EventRow ip(String value) {
            ip = value;
            return this;
        }

        EventRow url(String value) {
            url = value;
            return this;
        }

        EventRow cc(String value) {
            cc = value;
            return this;
        }

        EventRow region(String value) {
            region = value;
            return this;
        }

        EventRow controller(String value, String country) {
            destinationIp = value;
            destinationCc = country;
            return this;
        }

        EventRow malware(String value) {
            malwareName = value;
            return this;
        }

        EventRow site(String value) {
            site = value;
            return this;
        }

        EventRow domain(String registeredDomain, String topLevel) {
            domain = registeredDomain;
            tld = topLevel;
            return this;
        }

        EventRow abroad() {
            domestic = false;
            return this;
        }

        EventRow government() {
            government = true;
            return this;
        }

        EventRow registrar(String value) {
            registrarCc = value;
            return this;
        }

        EventRow ipLiteral() {
            ipLiteral = true;
            return this;
        }

        EventRow target(boolean isDomestic, String targetSector) {
            targetDomestic = isDomestic;
            sector = targetSector;
            return this;
        }

        void insert() throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(INSERT_EVENT)) {
                Object[] values = {
                    nextKey++,
                    utc(time),
                    feed,
                    type,
                    identifier,
                    ip,
                    url,
                    cc,
                    region,
                    destinationIp,
                    destinationCc,
                    malwareName,
                    kind,
                    site,
                    domain,
                    tld,
                    domestic,
                    government,
                    registrarCc,
                    ipLiteral,
                    targetDomestic,
                    sector
                };
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
            }
        }
    }

    void vulnerability(
            String id,
            String published,
            String severity,
            Double score,
            String object,
            boolean zeroDay,
            boolean remote,
            boolean knownExploited)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_VULNERABILITY)) {
            Object[] values = {
                id,
                LocalDate.parse(published),
                "Title of " + id,
                severity,
                score,
                object,
                zeroDay,
                remote,
                knownExploited
            };
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A case; {@code closedAt} may be null for an open case. Times are UTC. */
    void caseRow(
            String id,
            String type,
            String grade,
            String reportedAt,
            String targets,
            boolean crossBorder,
            String scope,
            String status,
            String closedAt,
            String sector)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_CASE)) {
            Object[] values = {
                id,
                type,
                grade,
                utc(reportedAt),
                targets,
                crossBorder,
                scope,
                status,
                closedAt == null ? null : utc(closedAt),
                sector
            };
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    void partner(String caseId, int position, String name, String kind, String country) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_PARTNER)) {
            statement.setString(1, caseId);
            statement.setInt(2, position);
            statement.setString(3, name);
            statement.setString(4, kind);
            statement.setString(5, country);
            statement.executeUpdate();
        }
    }

    static LocalDateTime utc(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
