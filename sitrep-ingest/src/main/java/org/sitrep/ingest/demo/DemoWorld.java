package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.ingest.demo.Network.Pool;

/**
 * The synthetic world the demo data describes: an address plan (domestic broadband by province and operator,
 * domestic clouds and data centres, foreign hosting and broadband, IPv4 and some IPv6), malware families, web
 * sites, drop-site and phishing domains.
 *
 * <p>Memory does not grow with the number of events: the world stores a few hundred address blocks and small
 * tables; every host, site or domain is a pure function of its number (see {@link Population#member} and
 * {@link Names}). Only the sizes of the pools grow with {@code eventsPerWeek}, as plain numbers.
 */
public final class DemoWorld {
    private final long seed;
    private final AddressPlan plan;
    private final MalwareCatalog malware = new MalwareCatalog();
    private final long infectedHosts;
    private final long sites;
    private final long dropDomains;
    private final long phishingIps;

    public DemoWorld(long seed, long eventsPerWeek) {
        this.seed = seed;
        this.plan = new AddressPlan(seed);
        this.infectedHosts = Math.max(1_000, eventsPerWeek * 55 / 100);
        this.sites = Math.max(2_000, eventsPerWeek / 4);
        this.dropDomains = Math.max(200, eventsPerWeek / 250);
        this.phishingIps = Math.max(100, eventsPerWeek / 80);
    }

    /** Writes {@code geo.csv}: every range any generated address falls in, with country, province and ASN. */
    public void writeGeoTable(Writer out) throws IOException {
        new GeoTableWriter(plan.blocks()).write(out);
    }

    /** How many address ranges the world holds (its size does not depend on the number of events). */
    public int ranges() {
        return plan.blocks().size();
    }

    long seed() {
        return seed;
    }

    MalwareCatalog malware() {
        return malware;
    }

    long infectedHosts() {
        return infectedHosts;
    }

    /** A domestic broadband host (about 2% of them IPv6). */
    String infectedHost(long member) {
        return plan.pool(Pool.DOMESTIC_BROADBAND).member(Math.floorMod(member, infectedHosts), infectedHosts);
    }

    /** A broadband host abroad that the sinkholes also see. */
    String foreignInfectedHost(long member) {
        long members = Math.max(100, infectedHosts / 30);
        return plan.pool(Pool.FOREIGN_BROADBAND).member(Math.floorMod(member, members), members);
    }

    /** One of six sinkholes, two at home and four abroad. */
    String sinkhole(int index) {
        Pool pool = index < 2 ? Pool.DOMESTIC_HOSTING : Pool.FOREIGN_HOSTING;
        return plan.pool(pool).address(1_000_003L * (index + 1));
    }

    long sites() {
        return sites;
    }

    /** A non-government site's address: mostly in domestic data centres, 4% abroad; a few sites share one. */
    String siteAddress(long site) {
        long h = Rng.mix(seed, site, 11);
        Pool pool = Math.floorMod(h, 100) < 4 ? Pool.FOREIGN_HOSTING : Pool.DOMESTIC_HOSTING;
        long members = Math.max(1, sites * 2 / 3);
        return plan.pool(pool).member(Math.floorMod(site * 2 / 3, members), members);
    }

    String governmentSiteAddress(long site) {
        return plan.pool(Pool.DOMESTIC_HOSTING).address(Rng.mix(seed, site, 12) >>> 1);
    }

    long dropDomains() {
        return dropDomains;
    }

    /** A drop site's address: about a third abroad. */
    String dropAddress(long member) {
        long h = Rng.mix(seed, member, 13);
        Pool pool = Math.floorMod(h, 100) < 35 ? Pool.FOREIGN_HOSTING : Pool.DOMESTIC_HOSTING;
        return plan.pool(pool).address(h >>> 1);
    }

    long phishingIps() {
        return phishingIps;
    }

    /** A phishing page's address: a little over half abroad. */
    String phishingAddress(long member) {
        long h = Rng.mix(seed, Math.floorMod(member, phishingIps), 14);
        Pool pool = Math.floorMod(h, 100) < 55 ? Pool.FOREIGN_HOSTING : Pool.DOMESTIC_HOSTING;
        return plan.pool(pool).address(h >>> 1);
    }

    /** An address and the country of its range. */
    record Located(String ip, String country) {}

    /** A backdoor's controller, often abroad. */
    Located controller(long member) {
        long h = Rng.mix(seed, Math.floorMod(member, 600), 15);
        Population pool = plan.pool(Math.floorMod(h, 100) < 60 ? Pool.FOREIGN_HOSTING : Pool.DOMESTIC_BROADBAND);
        long host = h >>> 1;
        return new Located(pool.address(host), pool.country(host));
    }

    /** A host of a given country side, for case targets. */
    String anyAddress(Rng rng, boolean abroad) {
        return plan.pool(abroad ? Pool.FOREIGN_HOSTING : Pool.DOMESTIC_HOSTING).any(rng);
    }

    /** The country of a phishing page's address. */
    String phishingCountry(long member) {
        long h = Rng.mix(seed, Math.floorMod(member, phishingIps), 14);
        return Math.floorMod(h, 100) < 55 ? pool(Pool.FOREIGN_HOSTING).country(h >>> 1) : "CN";
    }

    private Population pool(Pool pool) {
        return plan.pool(pool);
    }
}
