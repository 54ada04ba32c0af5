package org.sitrep.ingest.feeds.shadowserver;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Which copy of Shadowserver's schema a data directory uses: the one {@code sitrep.yaml} names
 * ({@code feeds.shadowserver.schema}), else the one {@code sitrep shadowserver-schema update} fetched
 * ({@value #FETCHED}), else the copy Sitrep ships.
 *
 * @param data the data directory (relative configured paths are read from it)
 * @param configured the configured path, or {@code null}
 */
public record SchemaLocation(Path data, @Nullable String configured) {

    /** Where {@code sitrep shadowserver-schema update} writes, relative to the data directory. */
    public static final String FETCHED = "shadowserver/intelmq.json";

    /** The file an update writes to: the configured one, else {@value #FETCHED}. */
    public Path updateTarget() {
        return configured != null ? data.resolve(configured) : data.resolve(FETCHED);
    }

    /**
     * The schema to use; a configured file that is missing or unusable is an {@link IllegalArgumentException}
     * naming it (never a silent fallback to another copy).
     */
    public ShadowserverSchema schema() {
        if (configured != null) {
            Path file = data.resolve(configured);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(
                        file + ": no such file (sitrep.yaml, feeds.shadowserver.schema); remove the key to use the"
                                + " built-in schema, or run `sitrep shadowserver-schema update`");
            }
            return ShadowserverSchema.load(file);
        }
        Path fetched = data.resolve(FETCHED);
        return Files.isRegularFile(fetched) ? ShadowserverSchema.load(fetched) : ShadowserverSchema.bundled();
    }
}
