package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.store.SqlResources;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.store.Store;

/**
 * What one command works with, made once from {@code --data}: the configuration ({@code sitrep.yaml}, loaded when
 * first needed), the store (opened when first needed, once, through {@link Store#open}: the lock message, the
 * migrations, the stale runs marked interrupted) and the warnings on standard error. The command line closes it when
 * the command ends, whatever the outcome.
 *
 * <p>Only {@link #storeForWriting} creates a store. A store this context created is removed again when the command
 * says it wrote nothing into it ({@link #discardIfUnwritten}) and it still is the same file, holding no ingest run.
 */
final class CommandContext implements AutoCloseable {

    private static final SqlResources SQL = new SqlResources(CommandContext.class, "duckdb");

    private final Path data;
    private final PrintWriter err;
    private @Nullable SitrepConfig config;
    private @Nullable FormatRegistry formats;
    private @Nullable Store store;
    private @Nullable Object createdFileKey;
    private boolean createdDirectory;
    private boolean discard;

    CommandContext(Path data, PrintWriter err) {
        this.data = data;
        this.err = err;
    }

    Path data() {
        return data;
    }

    /** Standard error, where progress and warnings go. */
    PrintWriter err() {
        return err;
    }

    void warn(String warning) {
        err.println("sitrep: warning: " + warning);
        err.flush();
    }

    /** The data directory's {@code sitrep.yaml}, read once; the defaults when there is none. */
    SitrepConfig config() {
        if (config == null) {
            config = StoreOptions.config(data);
        }
        return config;
    }

    /** The feed formats as configured, made once (the Shadowserver schema is read then). */
    FormatRegistry formats() {
        if (formats == null) {
            formats = StoreOptions.formats(config(), data);
        }
        return formats;
    }

    /**
     * The existing store, opened once; its unfinished ingest runs are warned of when it is opened. A data directory
     * without a store is a usage error, and none is created.
     */
    Store store() throws SQLException {
        if (store == null) {
            store = StoreOptions.openExisting(data, config().zone(), err);
        }
        return store;
    }

    /** The store, created when there is none; with {@code wait}, waiting while another process holds it. */
    Store storeForWriting(boolean wait) throws SQLException, InterruptedException {
        if (store != null) {
            return store;
        }
        Path file = data.resolve(Store.FILE_NAME);
        boolean existed = Files.exists(file);
        boolean directoryExisted = Files.isDirectory(data);
        store = wait ? StoreOptions.openWaiting(data, err) : Store.open(data);
        if (!existed) {
            createdFileKey = fileKey(file);
            createdDirectory = !directoryExisted;
        }
        return store;
    }

    /** The command wrote nothing: a store this context created is removed when the command ends. */
    void discardIfUnwritten() {
        discard = true;
    }

    /** The bulletins of the existing store; their warnings go to standard error. */
    Bulletins bulletins() throws SQLException {
        return StoreOptions.bulletins(store(), data, config(), err);
    }

    @Override
    public void close() throws SQLException, IOException {
        Store open = store;
        if (open == null) {
            return;
        }
        store = null;
        boolean remove = discard && createdFileKey != null && holdsNoRun(open);
        open.close();
        if (remove) {
            removeCreated(data.resolve(Store.FILE_NAME));
        }
    }

    private static boolean holdsNoRun(Store store) throws SQLException {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(SQL.get("ingest-run-count"))) {
            return rows.next() && rows.getLong(1) == 0;
        }
    }

    /** Removes the store this context created, if the file there is still that one, and a directory made for it. */
    private void removeCreated(Path file) throws IOException {
        if (!Objects.equals(fileKey(file), createdFileKey)) {
            return;
        }
        Files.deleteIfExists(file.resolveSibling(Store.FILE_NAME + ".wal"));
        Files.delete(file);
        if (createdDirectory) {
            try {
                Files.deleteIfExists(data);
            } catch (DirectoryNotEmptyException kept) {
                // something else was written there meanwhile: the directory stays
            }
        }
    }

    /** The file system's identity of the file (inode and device on Unix), or {@code null} where it has none. */
    private static @Nullable Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
