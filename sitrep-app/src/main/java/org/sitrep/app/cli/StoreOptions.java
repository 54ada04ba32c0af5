package org.sitrep.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.ingest.store.Store;

/** Opening what the bulletin commands share: the store in the data directory, its configuration, its archive. */
final class StoreOptions {

    private StoreOptions() {}

    static Store openExisting(Path data) throws SQLException {
        if (!Files.exists(data.resolve(Store.FILE_NAME))) {
            throw new IllegalArgumentException("no store in " + data.toAbsolutePath()
                    + "; run `sitrep ingest FILE…` or `sitrep demo` first, or choose --data DIR");
        }
        return Store.open(data);
    }

    static SitrepConfig config(Path data) {
        return ConfigLoader.load(data.resolve(ConfigLoader.FILE_NAME));
    }

    static Bulletins bulletins(Store store, Path data, SitrepConfig config) {
        return new Bulletins(store.connection(), config, data.resolve("bulletins"), Clock.systemUTC());
    }
}
