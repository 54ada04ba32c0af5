package org.sitrep.app.server;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.AbstractDataSource;

/** The server's store as a {@link javax.sql.DataSource}: every connection a new one to the one open database. */
public final class StoreDataSource extends AbstractDataSource {

    private final StoreConnections connections;

    public StoreDataSource(StoreConnections connections) {
        this.connections = connections;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connections.open();
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
        return connections.open();
    }
}
