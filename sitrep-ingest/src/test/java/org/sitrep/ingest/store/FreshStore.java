package org.sitrep.ingest.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test against a fresh store in a temporary directory, opened before each test and closed after it. */
abstract class FreshStore {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void openStore() throws SQLException {
        store = Store.open(dir);
    }

    @AfterEach
    void closeStore() throws SQLException {
        store.close();
    }
}
