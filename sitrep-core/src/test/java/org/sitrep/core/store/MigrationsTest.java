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
    void splitsScriptsAtLineEndingSemicolons() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
