package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.feeds.fields.RecentValues;

/**
 * {@link GeoAddresses#parse} of recent texts (IPv6 above all; plain dotted quads never get here). Parsing costs
 * microseconds and feeds repeat their addresses, so recent answers are kept in a small direct-mapped table:
 * bounded, no locks, and a lost race between threads only costs a parse.
 */
final class RecentAddresses {

    private final RecentValues<@Nullable IPAddress> recent = new RecentValues<>(12, GeoAddresses::parse);

    /** The address, or {@code null} when the text is not one IP address. */
    @Nullable
    IPAddress address(String text) {
        return recent.get(text);
    }
}
