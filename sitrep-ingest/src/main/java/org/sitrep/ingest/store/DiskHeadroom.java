package org.sitrep.ingest.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space an ingest needs beside the store, whatever the data: DuckDB keeps a batch's changes in an
 * uncompressed write-ahead log until it reaches the checkpoint threshold ({@link Store#jdbcUrl}, 256 MB), then
 * writes them into the file; a 54 MB store peaked at 250 MB during its ingest. Checked before an ingest starts, so
 * that a full disk is said up front instead of part-way through a file.
 */
public final class DiskHeadroom {

    /** What an ingest needs free in the data directory: the checkpoint threshold and a margin. */
    public static final long NEEDED_MB = 300;

    private DiskHeadroom() {}

    /** Fails with how much is needed and how much is free when the data directory's disk has too little. */
    public static void check(Path dataDir) throws IOException {
        Path existing = dataDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        long free = Files.getFileStore(existing).getUsableSpace() / (1024 * 1024);
        if (free < NEEDED_MB) {
            throw new IllegalStateException("ingest needs about " + NEEDED_MB + " MB free for the store in "
                    + dataDir.toAbsolutePath().normalize() + " (its write-ahead log before a checkpoint), but "
                    + free + " MB are free; free some space or choose --data DIR on another disk");
        }
    }
}
