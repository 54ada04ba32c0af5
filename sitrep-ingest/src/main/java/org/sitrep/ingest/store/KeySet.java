package org.sitrep.ingest.store;

import java.util.Arrays;

/**
 * A set of dedup keys: open addressing over a {@code long} array that doubles when half full, so that millions of
 * keys cost 16–32 bytes each and no boxing.
 */
final class KeySet {

    private static final long EMPTY = 0;

    private long[] slots;
    private int mask;
    private int size;
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
            size += added ? 1 : 0;
            return added;
        }
        int slot = slotOf(key);
        if (slots[slot] == key) {
            return false;
        }
        slots[slot] = key;
        if (++size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    boolean contains(long key) {
        if (key == EMPTY) {
            return hasEmptyKey;
        }
        return slots[slotOf(key)] == key;
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
        hasEmptyKey = false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                slots[slotOf(key)] = key;
            }
        }
    }

    /** The slot holding the key, or the empty slot where it would go (a non-empty key). */
    private int slotOf(long key) {
        int slot = (int) mix(key) & mask;
        while (slots[slot] != EMPTY && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
