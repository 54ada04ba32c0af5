package org.sitrep.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Loads SQL statements kept in resource files beside the code that uses them, once. A dialect variant
 * ({@code duckdb/NAME.sql}, {@code postgres/NAME.sql}) wins over the common file where it exists.
 */
public final class SqlResources {

    private final Class<?> anchor;
    private final String dialect;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public SqlResources(Class<?> anchor, String dialect) {
        this.anchor = anchor;
        this.dialect = dialect;
    }

    /** The statement in {@code NAME.sql} next to the anchor class, the dialect's variant first. */
    public String get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private String load(String name) {
        String variant = read(dialect + "/" + name + ".sql");
        String sql = variant != null ? variant : read(name + ".sql");
        if (sql == null) {
            throw new IllegalStateException("no SQL resource " + name + ".sql beside " + anchor.getName());
        }
        return sql.strip().replaceAll(";\\s*$", "");
    }

    private @Nullable String read(String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
