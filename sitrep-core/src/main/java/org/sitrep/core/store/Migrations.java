package org.sitrep.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a store to the schema version this build knows, one versioned script at a time, and refuses a store
 * written by a newer version. Scripts are {@code migration/V{n}__{name}.sql} beside this class; each runs in one
 * transaction with the version bump. See {@code docs/adr/002-own-migration-runner.md} for why not Flyway.
 */
public final class Migrations {

    /** The scripts, in order; the schema version is their count. */
    static final List<String> SCRIPTS = List.of(
            "V1__schema.sql",
            "V2__assessment_overrides.sql",
            "V3__bulletin_archive.sql",
            "V4__events_without_primary_key.sql",
            "V5__dedup_zone_days_and_level_overrides.sql",
            "V6__users_tokens_audit.sql",
            "V7__case_organisations_and_ip_bits.sql");

    public static final int CURRENT_VERSION = SCRIPTS.size();

    private Migrations() {}

    /** Migrates the store behind the connection and returns the version it was at before. */
    public static int migrate(Connection connection) throws SQLException {
        return migrate(connection, CURRENT_VERSION);
    }

    /** Migrates up to {@code target} (tests build stores of an earlier version with it). */
    static int migrate(Connection connection, int target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int version = currentVersion(connection);
        if (version > CURRENT_VERSION) {
            throw new StoreVersionException("the store is at schema version " + version
                    + " but this Sitrep knows versions up to " + CURRENT_VERSION
                    + "; use a newer Sitrep or another data directory");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int next = version + 1; next <= target; next++) {
                apply(connection, next);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return version;
    }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read("migration/" + script))) {
                statement.execute(sql);
            }
            statement.execute("DELETE FROM schema_version");
            statement.execute("INSERT INTO schema_version VALUES (" + version + ")");
        }
    }

    /** Splits a script at semicolons that end a line; comments are dropped. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
