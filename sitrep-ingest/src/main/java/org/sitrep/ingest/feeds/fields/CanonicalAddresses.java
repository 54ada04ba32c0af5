package org.sitrep.ingest.feeds.fields;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import org.jspecify.annotations.Nullable;

/**
 * The canonical text of addresses the general parser has to read (IPv6 above all; plain dotted quads never get
 * here). Parsing one costs microseconds and feeds repeat their addresses, so recent answers are kept in a small
 * direct-mapped table: bounded, no locks, and a lost race between threads only costs a parse.
 */
final class CanonicalAddresses {

    private static final int SIZE = 1 << 12;

    private final IPAddressStringParameters parameters;
    private final Entry[] entries = new Entry[SIZE];

    private record Entry(String text, @Nullable String canonical) {}

    CanonicalAddresses(IPAddressStringParameters parameters) {
        this.parameters = parameters;
    }

    /** The address's canonical text ({@code 2001:db8::1}), or {@code null} when the text is no address. */
    @Nullable
    String canonical(String text) {
        int slot = spread(text.hashCode()) & (SIZE - 1);
        Entry entry = entries[slot];
        if (entry != null && entry.text().equals(text)) {
            return entry.canonical();
        }
        IPAddress address = new IPAddressString(text, parameters).getAddress();
        String canonical = address == null ? null : address.toCanonicalString();
        entries[slot] = new Entry(text, canonical);
        return canonical;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
