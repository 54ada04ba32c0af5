package org.sitrep.ingest.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Turns a position in {@code [0, 1)} into a time of the week with a daily rhythm: more activity in the local day
 * and evening than at night, a little less at weekends. The mapping is the inverse of the cumulative activity over
 * the week's hours, so it is monotone: ascending positions give ascending times. Every hour keeps some activity,
 * so events still fall right after Monday 00:00 and right before the week's end.
 */
final class WeekClock {
    /** Relative activity per local hour of day, 00:00 to 23:00. */
    private static final double[] HOURLY = {
        0.55, 0.45, 0.4, 0.38, 0.38, 0.42, 0.55, 0.75, 1.0, 1.2, 1.3, 1.3, 1.2, 1.25, 1.3, 1.3, 1.25, 1.2, 1.15, 1.2,
        1.25, 1.2, 1.0, 0.75
    };

    private final long start;
    private final double[] cumulative;

    WeekClock(Instant start, Instant end, ZoneId zone) {
        this.start = start.getEpochSecond();
        int hours = (int) ((end.getEpochSecond() - this.start) / 3600);
        double[] weights = new double[hours];
        for (int h = 0; h < hours; h++) {
            ZonedDateTime local = start.plusSeconds(h * 3600L).atZone(zone);
            boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
            weights[h] = HOURLY[local.getHour()] * (weekend ? 0.85 : 1);
        }
        this.cumulative = Rng.cumulative(weights);
    }

    /** The epoch second at the given position of the week's activity. */
    long time(double position) {
        double target = position * cumulative[cumulative.length - 1];
        int hour = Rng.indexOf(cumulative, target);
        double before = hour == 0 ? 0 : cumulative[hour - 1];
        double within = (target - before) / (cumulative[hour] - before);
        return start + hour * 3600L + Math.min(3599, (long) (within * 3600));
    }
}
