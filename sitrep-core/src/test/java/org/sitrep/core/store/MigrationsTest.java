package org.sitrep.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    private Connection open() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store.duckdb"));
    }

    @Test
    void migratesAnEmptyStoreToTheCurrentVersionOnce() throws Exception {
        try (Connection connection = open()) {
            assertThat(Migrations.migrate(connection)).isZero();
            assertThat(Migrations.currentVersion(connection)).isEqualTo(Migrations.CURRENT_VERSION);
        }
        try (Connection connection = open()) {
            assertThat(Migrations.migrate(connection)).isEqualTo(Migrations.CURRENT_VERSION);
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM events")) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
    }

    @Test
    void refusesAStoreFromANewerVersion() throws Exception {
        try (Connection connection = open()) {
            Migrations.migrate(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE schema_version SET version = 99");
            }
            assertThatThrownBy(() -> Migrations.migrate(connection))
                    .isInstanceOf(StoreVersionException.class)
                    .hasMessageContaining("schema version 99");
        }
    }

    @Test
    void version4KeepsTheEventsAndLeavesKeyUniquenessToTheWriter() throws Exception {
        String insert = "INSERT INTO events (dedup_key, time_source, feed_name, classification_type, government,"
                + " ip_literal) VALUES (%s, TIMESTAMP '2026-11-16 08:00:00', 'feed', 'phishing', false, false)";
        try (Connection connection = open()) {
            Migrations.migrate(connection, 3);
            execute(connection, insert.formatted(1));
            execute(connection, insert.formatted(2));
            assertThatThrownBy(() -> execute(connection, insert.formatted(2))).hasMessageContaining("primary key");

            assertThat(Migrations.migrate(connection)).isEqualTo(3);

            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*), sum(dedup_key) FROM events")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2);
                assertThat(rows.getLong(2)).isEqualTo(3);
            }
            execute(connection, insert.formatted(2)); // no index: the event writer keeps keys unique (ADR 005)
            assertThatThrownBy(() -> execute(connection, insert.formatted("NULL")))
                    .hasMessageContaining("NOT NULL");
        }
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void splitsScriptsAtLineEndingSemicolons() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
