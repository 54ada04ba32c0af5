package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;

/**
 * Sinkhole hits of infected hosts. A host keeps its family over the weeks; some hosts call home far more often
 * than others (the host number is drawn with a skew), so most hosts are seen several times a week, and 8% of hits
 * are also reported by the second sinkhole feed, which calls Conficker by its other name, Downadup. A trickle of
 * events carries this week's new specific names and families.
 */
final class InfectedEvents {
    private final DemoWeek week;
    private final int newNames;

    InfectedEvents(DemoWeek week) {
        this.week = week;
        this.newNames = 30
                + (int) Math.floorMod(Rng.mix(week.world().seed(), week.plan().weekNumber(), 21), 90L);
    }

    /** How many families are first seen in the week with the given absolute number. */
    static int newFamilies(long seed, long weekNumber) {
        return 2 + (int) Math.floorMod(Rng.mix(seed, weekNumber, 22), 4L);
    }

    int write(Rng rng, long time, JsonLine line, Writer out) throws IOException {
        boolean abroad = rng.chance(0.03);
        long member = (long) (week.world().infectedHosts() * Math.pow(rng.nextDouble(), 2.2));
        String ip =
                abroad ? week.world().foreignInfectedHost(member) : week.world().infectedHost(member);
        long hostHash = Rng.mix(week.world().seed(), member, abroad ? 24 : 23);
        MalwareCatalog malware = week.world().malware();
        int family = malware.familyOfHost(hostHash);
        String identifier = MalwareCatalog.FAMILIES.get(family).identifier();
        String name = malware.name(family, (int) ((hostHash >>> 40) % MalwareCatalog.VARIANTS));
        double novelty = rng.nextDouble();
        if (novelty < 0.0015) {
            long firstSeen = week.plan().weekNumber() - rng.nextInt(3);
            int k = rng.nextInt(newFamilies(week.world().seed(), firstSeen));
            identifier = malware.newFamily(firstSeen, k);
            name = malware.newFamilyName(firstSeen, k);
        } else if (novelty < 0.0065) {
            name = malware.newName(family, week.plan().weekNumber(), rng.nextInt(newNames));
        }
        String sinkhole = week.world().sinkhole((int) Math.floorMod(identifier.hashCode(), 6L));
        int port = 1024 + rng.nextInt(64_000);
        boolean second = rng.chance(0.3);
        write(second ? Feed.BOTNET_SINKHOLE : Feed.SINKHOLE_HTTP, time, rng, line, identifier, name, ip, port, sinkhole)
                .writeTo(out);
        if (!rng.chance(0.08)) {
            return 1;
        }
        long later = time + 30 + rng.nextInt(900);
        write(
                        second ? Feed.SINKHOLE_HTTP : Feed.BOTNET_SINKHOLE,
                        later,
                        rng,
                        line,
                        identifier,
                        name,
                        ip,
                        port,
                        sinkhole)
                .writeTo(out);
        return 2;
    }

    private JsonLine write(
            Feed feed,
            long time,
            Rng rng,
            JsonLine line,
            String identifier,
            String name,
            String ip,
            int port,
            String sinkhole) {
        String label = feed == Feed.BOTNET_SINKHOLE && identifier.equals("conficker") ? "downadup" : identifier;
        return feed.begin(line, week.timestamps(), time, 60 + rng.nextInt(2400), label)
                .text("malware.name", name)
                .text("source.ip", ip)
                .number("source.port", port)
                .text("destination.ip", sinkhole)
                .number("destination.port", sinkhole.hashCode() % 2 == 0 ? 80 : 443)
                .text("tlp", feed.tlp());
    }
}
