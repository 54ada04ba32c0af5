package org.sitrep.bench.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;

/**
 * Wall time of all figures of one week (this week, last week, changes, 12-week series, distributions) on stores of
 * the given sizes. Each size is measured after one warm-up run; the median of five runs is reported.
 */
public final class FigureScaleRun {

    private static final IsoWeek LAST_WEEK = new IsoWeek(2026, 47);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private FigureScaleRun() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-stores"));
        Files.createDirectories(dir);
        for (String size : args) {
            long events = (long) Double.parseDouble(size);
            Path file = dir.resolve("figures-" + events + ".duckdb");
            long fillStart = System.nanoTime();
            try (Connection connection = SyntheticStore.open(file, events, LAST_WEEK, ZONE)) {
                double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
                FigureEngine engine = new FigureEngine(connection, FigureSettings.defaults());
                WeeklyFigures figures = engine.compute(LAST_WEEK);
                List<Double> seconds = new ArrayList<>();
                for (int run = 0; run < 5; run++) {
                    long start = System.nanoTime();
                    figures = engine.compute(LAST_WEEK);
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
                double[] sorted = seconds.stream()
                        .mapToDouble(Double::doubleValue)
                        .sorted()
                        .toArray();
                System.out.printf(
                        "figures events=%,d store=%.1f GB fill=%.0f s median=%.2f s runs=%s infected_hosts=%d%n",
                        events,
                        Files.size(file) / 1e9,
                        fillSeconds,
                        sorted[sorted.length / 2],
                        Arrays.toString(sorted),
                        figures.headline(Headline.INFECTED_HOSTS).thisWeek());
            }
        }
    }
}
