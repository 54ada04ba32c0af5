package org.sitrep.core.parse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cells of one CSV record as a mapper reads them. It remembers which columns the mapper used, so that every
 * other non-empty cell can go to {@code extra.*} unchanged, as IntelMQ's parsers do.
 */
public final class Row {

    private final Map<String, String> cells;
    private final Set<String> used = new HashSet<>();

    public Row(Map<String, String> cells) {
        this.cells = cells;
    }

    /** Every cell by column, as framed. */
    public Map<String, String> cells() {
        return cells;
    }

    /** The trimmed cell, or {@code null} when absent, blank or {@code None}. */
    public @Nullable String get(String column) {
        used.add(column);
        return Cells.optional(cells, column);
    }

    /** The first present cell among alternative names (columns renamed between report revisions). */
    public @Nullable String first(String... columns) {
        String found = null;
        for (String column : columns) {
            String value = get(column);
            if (found == null) {
                found = value;
            }
        }
        return found;
    }

    public String required(String column) {
        String value = get(column);
        if (value == null) {
            throw BadField.missing(column);
        }
        return value;
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /** Marks columns as used without reading them (kept out of {@code extra}). */
    public void ignore(String... columns) {
        used.addAll(java.util.List.of(columns));
    }

    /** Hands a read column back to {@code extra} (its value was not usable where the mapper wanted it). */
    public void release(String column) {
        used.remove(column);
    }

    /** Every non-empty cell the mapper did not use, in file order, for {@code extra.*}. */
    public Map<String, Object> rest() {
        Map<String, Object> extra = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            String present = Cells.present(value);
            if (!used.contains(column) && present != null) {
                extra.put(column, present);
            }
        });
        return extra;
    }
}
