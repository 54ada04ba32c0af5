package org.sitrep.ingest.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test against a fresh store, opened before each test in {@code data} under a temporary directory (the test's
 * input files go beside it) and closed after it.
 */
public abstract class FreshStore {

    @TempDir
    protected Path dir;

    protected Store store;

    @BeforeEach
    void openStore() throws SQLException {
        store = Store.open(dir.resolve("data"));
    }

    @AfterEach
    void closeStore() throws SQLException {
        store.close();
    }

    /** The one number a query of the store answers ({@code SELECT count(*) …}). */
    protected long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    /** The first column of the first row a query of the store answers. */
    protected String text(String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return rows.getString(1);
        }
    }
}
