package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.sitrep.app.server.ServerProperties;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.core.config.SitrepConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bulletin workflow in the server: {@link Bulletins} over a connection of its own for each piece of work. Work
 * that writes the archive (a draft kept, a publication, an override, the archive's files) runs one at a time, so that
 * two requests never write one revision or one file together; reads run side by side.
 */
@Component
public final class ServedBulletins {

    /** Work on the bulletins of the store. */
    public interface Work<T> {
        T run(Bulletins bulletins, Connection connection) throws SQLException, IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ServedBulletins.class);

    private final StoreConnections store;
    private final SitrepConfig config;
    private final Clock clock;
    private final Path archive;
    private final ReentrantLock writer = new ReentrantLock();

    ServedBulletins(StoreConnections store, SitrepConfig config, Clock clock, ServerProperties properties) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.archive = properties.data().resolve("bulletins");
    }

    public SitrepConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    /** The archive's folder in the data directory: {@code bulletins/}, one folder per week. */
    public Path archive() {
        return archive;
    }

    /** Reads, on the data directory's archive. */
    public <T> T read(Work<T> work) throws SQLException, IOException {
        return run(archive, work);
    }

    /** Reads, with rendered files going under {@code root} (a draft's files, rendered for one client). */
    public <T> T read(Path root, Work<T> work) throws SQLException, IOException {
        return run(root, work);
    }

    /** Writes, one at a time, on the data directory's archive. */
    public <T> T write(Work<T> work) throws SQLException, IOException {
        return write(archive, work);
    }

    /**
     * Writes one at a time, with rendered files going under {@code root} instead of the archive (a draft rendered
     * for one client, which the archive never shows).
     */
    public <T> T write(Path root, Work<T> work) throws SQLException, IOException {
        writer.lock();
        try {
            return run(root, work);
        } finally {
            writer.unlock();
        }
    }

    private <T> T run(Path root, Work<T> work) throws SQLException, IOException {
        try (Connection connection = store.open()) {
            Bulletins bulletins =
                    new Bulletins(connection, config, root, clock, warning -> LOG.warn("bulletin: {}", warning));
            return work.run(bulletins, connection);
        }
    }
}
