package org.sitrep.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;

/**
 * Wall time of all figures of one week (this week, last week, changes, 12-week series, distributions) on stores of
 * the given sizes. Each size is measured after one warm-up run; the median of five runs is reported
 * ({@code -Dbench.runs=N} changes the count). With {@code -Dbench.breakdown=true} one more run times every
 * statement and prints the seconds per statement, largest first.
 */
public final class FigureScaleRun {

    private static final IsoWeek LAST_WEEK = new IsoWeek(2026, 47);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FigureScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-stores"));
        int runs = Integer.getInteger("bench.runs", 5);
        boolean breakdown = Boolean.getBoolean("bench.breakdown");
        Files.createDirectories(dir);
        for (String size : args) {
            long events = (long) Double.parseDouble(size);
            Path dataDir = dir.resolve("figures-" + events);
            long fillStart = System.nanoTime();
            try (Connection connection = SyntheticStore.open(dataDir, events, LAST_WEEK, ZONE)) {
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                FigureEngine engine = new FigureEngine(connection, FigureSettings.defaults());
                WeeklyFigures figures = engine.compute(LAST_WEEK);
                List<Double> seconds = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    long start = System.nanoTime();
                    figures = engine.compute(LAST_WEEK);
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
                double[] sorted = seconds.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                System.out.printf(
                        "figures events=%,d store=%.2f GB fill=%.0f s median=%.2f s runs=%s infected_hosts=%d%n",
                        events,
                        sizeOf(dataDir) / 1e9,
                        fillSeconds,
                        sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2],
                        Arrays.toString(sorted),
                        figures.headline(Headline.INFECTED_HOSTS).thisWeek());
                if (breakdown) {
                    printBreakdown(connection);
                }
            }
        }
    }

    private static void printBreakdown(Connection connection) {
        StatementClock clock = new StatementClock();
        FigureEngine engine = new FigureEngine(clock.wrap(connection), FigureSettings.defaults());
        long start = System.nanoTime();
        engine.compute(LAST_WEEK);
        double total = (System.nanoTime() - start) / 1e9;
        Map<String, StatementClock.Tally> tallies = clock.drain();
        System.out.printf(
                "  breakdown: %.2f s in %d statements%n",
                total,
                tallies.values().stream()
                        .mapToInt(StatementClock.Tally::executions)
                        .sum());
        tallies.entrySet().stream()
                .sorted(Map.Entry.<String, StatementClock.Tally>comparingByValue(
                        (a, b) -> Double.compare(b.seconds(), a.seconds())))
                .forEach(entry -> System.out.printf(
                        "  %8.3f s %3d× %s%n",
                        entry.getValue().seconds(), entry.getValue().executions(), entry.getKey()));
    }

    private static long sizeOf(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
