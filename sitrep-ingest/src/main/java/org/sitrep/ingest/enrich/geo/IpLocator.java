package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;

/**
 * One IP geolocation database. Implementations load their table once and are safe for concurrent lookups; a lookup
 * never throws and answers {@link IpLocation#UNKNOWN} for an address the database does not cover.
 */
public interface IpLocator {

    IpLocation locate(IPAddress address);

    /**
     * Looks up an IPv4 address given as its 32-bit value (0 … 2^32−1); databases that can answer without building
     * an {@link IPAddress} override this.
     */
    default IpLocation locateIpv4(long address) {
        return locate(new IPv4Address((int) address));
    }

    /** What the database is, for messages ({@code geo ranges table geo.csv}). */
    String description();
}
