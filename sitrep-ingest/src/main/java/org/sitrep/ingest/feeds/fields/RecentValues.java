package org.sitrep.ingest.feeds.fields;

import java.util.function.Function;

/**
 * What a function made of recent texts, in a small direct-mapped table: feeds repeat their addresses and hosts,
 * and parsing one costs microseconds. Bounded (one entry a slot, the newest wins), no locks: a lost race between
 * threads only costs the function once more.
 *
 * @param <V> the value made of a text (it may be {@code null}, and is then kept as such)
 */
public final class RecentValues<V> {

    private record Entry<V>(String text, V value) {}

    private final Entry<?>[] entries;
    private final Function<String, V> function;

    /**
     * @param bits the table holds {@code 2^bits} entries
     * @param function what is made of a text
     */
    public RecentValues(int bits, Function<String, V> function) {
        this.entries = new Entry<?>[1 << bits];
        this.function = function;
    }

    /** The function's value for the text: the one kept when the text's slot holds it, else computed and kept. */
    @SuppressWarnings("unchecked") // every entry is an Entry<V>: only this method writes them
    public V get(String text) {
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (entries.length - 1);
        Entry<V> entry = (Entry<V>) entries[slot];
        if (entry != null && entry.text().equals(text)) {
            return entry.value();
        }
        V value = function.apply(text);
        entries[slot] = new Entry<>(text, value);
        return value;
    }
}
