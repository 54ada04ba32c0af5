package org.sitrep.app.server;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBConnection;
import org.sitrep.ingest.store.Store;

/**
 * The server's store, opened once when it starts and closed when it stops: the server owns the data directory.
 * Each request reads on a connection of its own to the one database ({@link #open()}); writers that must not run
 * side by side (ingest) take the store itself through {@link #store()} on the job queue.
 */
public final class StoreConnections implements AutoCloseable {

    private final Store store;

    public StoreConnections(Store store) {
        this.store = store;
    }

    /** A new connection to the store's database, for one request; the caller closes it. */
    public Connection open() throws SQLException {
        return ((DuckDBConnection) store.connection()).duplicate();
    }

    /** The store, for the writers of the job queue. */
    public Store store() {
        return store;
    }

    @Override
    public void close() throws SQLException {
        store.close();
    }
}
