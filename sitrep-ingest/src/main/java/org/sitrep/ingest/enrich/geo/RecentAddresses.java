package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import org.jspecify.annotations.Nullable;

/**
 * {@link Addresses#parse} of recent texts (IPv6 above all; plain dotted quads never get here). Parsing costs
 * microseconds and feeds repeat their addresses, so recent answers are kept in a small direct-mapped table:
 * bounded, no locks, and a lost race between threads only costs a parse.
 */
final class RecentAddresses {

    private static final int SIZE = 1 << 12;

    private final Entry[] entries = new Entry[SIZE];

    private record Entry(String text, @Nullable IPAddress address) {}

    /** The address, or {@code null} when the text is not one IP address. */
    @Nullable
    IPAddress address(String text) {
        int slot = spread(text.hashCode()) & (SIZE - 1);
        Entry entry = entries[slot];
        if (entry != null && entry.text().equals(text)) {
            return entry.address();
        }
        IPAddress address = Addresses.parse(text);
        entries[slot] = new Entry(text, address);
        return address;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
