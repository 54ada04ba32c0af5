package org.sitrep.ingest.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The store's file is held by another process (DuckDB lets one process open it for writing, and none beside a
 * writer): {@code another sitrep command (PID n) is using DIR}.
 */
public final class StoreBusyException extends SQLException {

    private final @Nullable Long holder;

    StoreBusyException(Path dataDir, @Nullable Long holder, Throwable cause) {
        super(
                "another sitrep command" + (holder == null ? "" : " (PID " + holder + ")") + " is using "
                        + dataDir.toAbsolutePath().normalize()
                        + "; wait for it to finish (sitrep ingest --wait queues behind it)",
                cause);
        this.holder = holder;
    }

    /** The process holding the store, when DuckDB named it. */
    public @Nullable Long holder() {
        return holder;
    }
}
