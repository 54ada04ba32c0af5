package org.sitrep.ingest.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.week.IsoWeek;

/**
 * How much of everything one week holds: a trend per kind (some rising, some falling, the direction drawn from
 * the seed) times noise, plus spike weeks — one where defaced government sites double, one where phishing or
 * drop sites jump — and the week(s) with a graded infrastructure incident.
 *
 * @param ordinal 0 for the oldest generated week
 * @param weekNumber an absolute week number (Monday's epoch day / 7), which names the week's new malware
 * @param events primary observations per kind (re-deliveries and second-feed copies come on top)
 */
record WeekPlan(
        IsoWeek week,
        int ordinal,
        long weekNumber,
        Map<BulletinKind, Long> events,
        double governmentDefacedShare,
        double governmentBackdoorShare,
        double highSeverityShare,
        int vulnerabilities,
        int cases,
        boolean infrastructureIncident) {

    /** Share of the nominal events per week per kind. */
    static final Map<BulletinKind, Double> SHARES = Map.of(
            BulletinKind.INFECTED, 0.86,
            BulletinKind.DROP_SITE, 0.012,
            BulletinKind.DEFACEMENT, 0.06,
            BulletinKind.BACKDOOR, 0.025,
            BulletinKind.PHISHING, 0.043);

    /** Weekly drift of each kind before the seed picks its direction. */
    private static final Map<BulletinKind, Double> DRIFT = Map.of(
            BulletinKind.INFECTED, 0.012,
            BulletinKind.DROP_SITE, 0.02,
            BulletinKind.DEFACEMENT, 0.018,
            BulletinKind.BACKDOOR, 0.022,
            BulletinKind.PHISHING, 0.025);

    static List<WeekPlan> plan(DemoSettings settings) {
        Rng rng = Rng.of(settings.seed(), 0x91A4);
        int weeks = settings.weeks();
        Map<BulletinKind, Double> slope = new EnumMap<>(BulletinKind.class);
        for (BulletinKind kind : BulletinKind.COUNTED) {
            slope.put(kind, DRIFT.getOrDefault(kind, 0.0) * (rng.chance(0.5) ? 1 : -1));
        }
        int govSpike = weeks < 3 ? -1 : rng.between(1, weeks - 2);
        int urlSpike = weeks < 3 ? -1 : (govSpike + 1 + rng.nextInt(weeks - 2)) % weeks;
        BulletinKind spiking = rng.chance(0.5) ? BulletinKind.PHISHING : BulletinKind.DROP_SITE;
        int incident = rng.nextInt(weeks);
        int secondIncident = rng.chance(0.5) ? rng.nextInt(weeks) : incident;
        IsoWeek first = settings.lastWeek().minusWeeks(weeks - 1);
        List<WeekPlan> plans = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            double centred = i - (weeks - 1) / 2.0;
            Map<BulletinKind, Long> events = new EnumMap<>(BulletinKind.class);
            for (BulletinKind kind : BulletinKind.COUNTED) {
                double factor = (1 + slope.getOrDefault(kind, 0.0) * centred) * noise(rng, 0.07);
                factor *= i == govSpike && kind == BulletinKind.DEFACEMENT ? 1.25 : 1;
                factor *= i == urlSpike && kind == spiking ? 1.55 : 1;
                long count = Math.round(settings.eventsPerWeek() * SHARES.getOrDefault(kind, 0.0) * factor);
                events.put(kind, Math.max(1, count));
            }
            IsoWeek week = first.plusWeeks(i);
            double govDefaced = 0.035 * noise(rng, 0.15) * (i == govSpike ? 2.1 : 1);
            double govBackdoor = 0.022 * noise(rng, 0.2);
            double high = 0.35 * noise(rng, 0.1);
            int vulnerabilities = (int) Math.round(420 * (1 + 0.01 * centred) * noise(rng, 0.1));
            int cases = (int) Math.round(380 * noise(rng, 0.1));
            boolean graded = i == incident || i == secondIncident;
            long weekNumber = week.monday().toEpochDay() / 7;
            plans.add(new WeekPlan(
                    week, i, weekNumber, events, govDefaced, govBackdoor, high, vulnerabilities, cases, graded));
        }
        return plans;
    }

    /** A factor around 1 with roughly the given relative spread (a sum of uniforms, close to normal). */
    private static double noise(Rng rng, double spread) {
        double sum = rng.nextDouble() + rng.nextDouble() + rng.nextDouble() - 1.5;
        return Math.max(0.5, 1 + spread * 2 * sum);
    }

    long primaryEvents() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }
}
