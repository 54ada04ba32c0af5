package org.sitrep.ingest.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs the store's named statements and the shared lookup-key table of the writers. */
final class Statements {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Statements() {}

    static int execute(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(Store.SQL.get(name));
        }
    }

    /** Replaces the contents of the session's {@code lookup_keys} table with the keys. */
    static void lookupKeys(Connection connection, Collection<String> keys) throws SQLException {
        execute(connection, "create-lookup-keys");
        execute(connection, "clear-lookup-keys");
        try (DuckDBAppender appender =
                connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", "lookup_keys")) {
            for (String key : keys) {
                appender.beginRow().append(key).endRow();
            }
        }
    }

    static DuckDBAppender stagingAppender(Connection connection, String table) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
    }

    static <T> T inTransaction(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static @Nullable String jsonList(List<String> values) {
        return values.isEmpty() ? null : JSON.writeValueAsString(values);
    }

    static List<String> fromJsonList(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, STRINGS);
    }
}
