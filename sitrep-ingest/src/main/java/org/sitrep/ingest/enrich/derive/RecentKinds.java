package org.sitrep.ingest.enrich.derive;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.KindMapping;

/**
 * {@link KindMapping#kindOf} of recent classifications. Feeds repeat a handful of type and identifier pairs, and
 * the mapping normalises both texts and tries each rule per call, so recent answers are kept in a small
 * direct-mapped table: bounded, no locks, and a lost race between threads only costs asking the mapping.
 */
final class RecentKinds {

    private static final int SIZE = 256;

    private final KindMapping mapping;
    private final @Nullable Entry[] entries = new Entry[SIZE];

    private record Entry(
            String type,
            @Nullable String identifier,
            @Nullable BulletinKind kind) {}

    RecentKinds(KindMapping mapping) {
        this.mapping = mapping;
    }

    /** The kind, or {@code null} when the classification has none. */
    @Nullable
    BulletinKind kindOf(String type, @Nullable String identifier) {
        int hash = 31 * Objects.hashCode(type) + Objects.hashCode(identifier);
        int slot = (hash ^ (hash >>> 16)) & (SIZE - 1);
        Entry entry = entries[slot];
        if (entry != null && Objects.equals(entry.type(), type) && Objects.equals(entry.identifier(), identifier)) {
            return entry.kind();
        }
        BulletinKind kind = mapping.kindOf(type, identifier).orElse(null);
        entries[slot] = new Entry(type, identifier, kind);
        return kind;
    }
}
