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

    private final IPAddressStringParameters parameters;
    private final RecentValues<@Nullable String> recent = new RecentValues<>(12, this::parse);

    CanonicalAddresses(IPAddressStringParameters parameters) {
        this.parameters = parameters;
    }

    /** The address's canonical text ({@code 2001:db8::1}), or {@code null} when the text is no address. */
    @Nullable
    String canonical(String text) {
        return recent.get(text);
    }

    private @Nullable String parse(String text) {
        IPAddress address = new IPAddressString(text, parameters).getAddress();
        return address == null ? null : address.toCanonicalString();
    }
}
