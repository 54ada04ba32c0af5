package org.sitrep.ingest.enrich.geo;

import inet.ipaddr.IPAddress;

/**
 * One IP geolocation database. Implementations load their table once and are safe for concurrent lookups; a lookup
 * never throws and answers {@link IpLocation#UNKNOWN} for an address the database does not cover.
 */
public interface IpLocator {

    IpLocation locate(IPAddress address);

    /** What the database is, for messages ({@code geo ranges table geo.csv}). */
    String description();
}
