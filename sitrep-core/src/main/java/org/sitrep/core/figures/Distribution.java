package org.sitrep.core.figures;

import java.util.List;

/**
 * A figure split by a key (provinces, TLDs, objects, partner kinds, case types, sectors, domain kinds), largest
 * first, ties by key; the fixed vocabularies (domain kinds, drop-site registration) list every key. Rows with no key
 * are under {@code unknown}.
 */
public record Distribution(String id, Section section, Unit unit, List<Entry> entries) {

    public record Entry(String key, long count) {
        public Entry {
            if (key == null) {
                throw new IllegalArgumentException("key is required");
            }
        }
    }

    public Distribution {
        if (id == null || section == null || unit == null) {
            throw new IllegalArgumentException("id, section and unit are required (distribution " + id + ")");
        }
        entries = List.copyOf(entries);
    }

    /** The count of a key, 0 when absent. */
    public long count(String key) {
        return entries.stream()
                .filter(entry -> entry.key().equals(key))
                .mapToLong(Entry::count)
                .sum();
    }

    public long total() {
        return entries.stream().mapToLong(Entry::count).sum();
    }
}
