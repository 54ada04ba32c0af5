package org.sitrep.ingest.demo;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.sitrep.core.event.BulletinKind;

/**
 * Streams one week's events in time order with constant memory. The kinds are interleaved by drawing each next
 * event's kind with probability proportional to what remains of it (so every kind ends at exactly its planned
 * count), and the times are the ascending order statistics of uniform draws over the week, generated one after
 * the other ({@code u_i = 1 - (1 - u_{i-1}) v^{1/(n-i)}}) and mapped to times by a monotone daily rhythm
 * ({@link WeekClock}), so no list of events or times is ever built. The week runs from Monday 00:00 to the next
 * Monday 00:00 in the zone, and events fall close to both boundaries.
 */
final class WeekEventStream {
    /** Share of events a feed re-delivers as an identical line. */
    private static final double REDELIVERED = 0.004;

    private static final BulletinKind[] KINDS = BulletinKind.COUNTED.toArray(BulletinKind[]::new);

    private final DemoWorld world;
    private final WeekPlan plan;
    private final ZoneId zone;

    WeekEventStream(DemoWorld world, WeekPlan plan, ZoneId zone) {
        this.world = world;
        this.plan = plan;
        this.zone = zone;
    }

    /** Writes the week and returns the lines written per kind; {@code tick} is told the lines of every observation. */
    Map<BulletinKind, Long> write(Writer out, LongConsumer tick) throws IOException {
        Rng rng = Rng.of(world.seed(), 0xE7E7, plan.weekNumber());
        DemoWeek week = new DemoWeek(world, plan, new TimestampText());
        InfectedEvents infected = new InfectedEvents(week);
        SiteEvents sites = new SiteEvents(week);
        UrlEvents urls = new UrlEvents(week);
        JsonLine line = new JsonLine();
        WeekClock clock = new WeekClock(plan.week().start(zone), plan.week().end(zone), zone);
        long[] remaining = new long[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            remaining[k] = plan.events().getOrDefault(KINDS[k], 0L);
        }
        long total = plan.primaryEvents();
        long[] written = new long[KINDS.length];
        double position = 0;
        for (long i = 0; i < total; i++) {
            position = 1 - (1 - position) * Math.pow(rng.nextDouble(), 1.0 / (total - i));
            long time = clock.time(position);
            int kind = nextKind(rng, remaining, total - i);
            remaining[kind]--;
            int lines = switch (KINDS[kind]) {
                case INFECTED -> infected.write(rng, time, line, out);
                case DROP_SITE -> urls.dropSite(rng, time, line, out);
                case DEFACEMENT -> sites.defacement(rng, time, line, out);
                case BACKDOOR -> sites.backdoor(rng, time, line, out);
                case PHISHING -> urls.phishing(rng, time, line, out);
                case VULNERABLE, DDOS, OTHER ->
                    throw new IllegalStateException("the demo writes only the kinds the bulletin counts");
            };
            if (rng.chance(REDELIVERED)) {
                line.writeAgainTo(out);
                lines++;
            }
            written[kind] += lines;
            tick.accept(lines);
        }
        Map<BulletinKind, Long> counts = new EnumMap<>(BulletinKind.class);
        for (int k = 0; k < KINDS.length; k++) {
            counts.put(KINDS[k], written[k]);
        }
        return counts;
    }

    private static int nextKind(Rng rng, long[] remaining, long left) {
        long draw = rng.nextLong(left);
        for (int k = 0; k < remaining.length; k++) {
            draw -= remaining[k];
            if (draw < 0) {
                return k;
            }
        }
        throw new IllegalStateException("no events remain");
    }
}
