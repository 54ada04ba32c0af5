package org.sitrep.ingest.demo;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.sitrep.core.week.IsoWeek;

/**
 * What the demo generator makes: the same settings always give byte-identical files.
 *
 * @param seed chooses the synthetic world (address plan, trends, spike weeks) and every draw
 * @param lastWeek the newest generated week; the generator writes {@code weeks} weeks ending with it
 * @param weeks how many weeks (the bulletin's charts want 12 or more)
 * @param eventsPerWeek the nominal number of observations per week over all kinds; each week's actual number
 *     follows the trends and noise around it, plus re-deliveries and second-feed copies
 * @param zone the zone whose Monday 00:00 starts a week
 */
public record DemoSettings(long seed, IsoWeek lastWeek, int weeks, long eventsPerWeek, ZoneId zone) {

    public static final long DEFAULT_SEED = 20241104L;
    public static final int DEFAULT_WEEKS = 13;
    public static final long DEFAULT_EVENTS_PER_WEEK = 100_000L;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public DemoSettings {
        Objects.requireNonNull(lastWeek, "lastWeek is required");
        Objects.requireNonNull(zone, "zone is required");
        if (weeks < 1 || weeks > 520) {
            throw new IllegalArgumentException("weeks must be 1..520, was " + weeks);
        }
        if (eventsPerWeek < 100) {
            throw new IllegalArgumentException("eventsPerWeek must be at least 100, was " + eventsPerWeek);
        }
    }

    /** The default demo: 13 weeks of about 100k events each, ending with the latest complete week in Shanghai. */
    public static DemoSettings defaults(Clock clock) {
        IsoWeek last = IsoWeek.latestComplete(clock.instant(), DEFAULT_ZONE);
        return new DemoSettings(DEFAULT_SEED, last, DEFAULT_WEEKS, DEFAULT_EVENTS_PER_WEEK, DEFAULT_ZONE);
    }

    public DemoSettings withSeed(long value) {
        return new DemoSettings(value, lastWeek, weeks, eventsPerWeek, zone);
    }

    public DemoSettings withEventsPerWeek(long value) {
        return new DemoSettings(seed, lastWeek, weeks, value, zone);
    }

    public DemoSettings withWeeks(int value) {
        return new DemoSettings(seed, lastWeek, value, eventsPerWeek, zone);
    }

    public DemoSettings withLastWeek(IsoWeek value) {
        return new DemoSettings(seed, value, weeks, eventsPerWeek, zone);
    }
}
