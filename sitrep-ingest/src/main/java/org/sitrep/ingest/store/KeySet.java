package org.sitrep.ingest.store;

import java.util.Arrays;

/**
 * The dedup keys seen in one batch: an open-addressing set of {@code long}s sized for the batch, so that the batch's
 * own duplicates are dropped before they reach the store without boxing a key per event.
 */
final class KeySet {

    private static final long EMPTY = 0;

    private final long[] slots;
    private final int mask;
    private boolean hasEmptyKey;

    KeySet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /** Adds the key; {@code false} when it was already there. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            return added;
        }
        int slot = (int) mix(key) & mask;
        while (slots[slot] != EMPTY) {
            if (slots[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = key;
        return true;
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        hasEmptyKey = false;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
