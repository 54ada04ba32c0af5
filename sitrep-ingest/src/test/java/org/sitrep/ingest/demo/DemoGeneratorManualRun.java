package org.sitrep.ingest.demo;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Generates the default demo data into a directory, for looking at it by hand:
 * {@code java ... DemoGeneratorManualRun target/demo [eventsPerWeek] [weeks]}. Not a test.
 */
final class DemoGeneratorManualRun {
    private DemoGeneratorManualRun() {}

    public static void main(String[] args) throws Exception {
        DemoSettings settings = DemoSettings.defaults(Clock.systemUTC());
        if (args.length > 1) {
            settings = settings.withEventsPerWeek(Long.parseLong(args[1]));
        }
        if (args.length > 2) {
            settings = settings.withWeeks(Integer.parseInt(args[2]));
        }
        long started = System.nanoTime();
        GeneratedFiles files = new DemoGenerator(settings)
                .generate(Path.of(args.length > 0 ? args[0] : "target/demo"), (written, planned, week) -> {});
        long millis = (System.nanoTime() - started) / 1_000_000;
        files.weeks()
                .forEach(week -> System.out.println(week.week() + " " + week.events() + " vulnerabilities="
                        + week.vulnerabilities() + " cases=" + week.cases()));
        System.out.println(files.totalEvents() + " events in " + millis + " ms");
    }
}
