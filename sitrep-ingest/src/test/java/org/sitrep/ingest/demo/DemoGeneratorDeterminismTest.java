package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.week.IsoWeek;

class DemoGeneratorDeterminismTest {
    private static final DemoSettings SETTINGS =
            new DemoSettings(1234, IsoWeek.parse("2024-W45"), 12, 1_500, ZoneId.of("Asia/Shanghai"));

    @Test
    void theSameSettingsGiveByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedFiles one = new DemoGenerator(SETTINGS).generate(first, GenerationProgress.NONE);
        GeneratedFiles two = new DemoGenerator(SETTINGS).generate(second, GenerationProgress.NONE);

        assertThat(one.files()).hasSize(12 + 3);
        for (Path file : one.files()) {
            Path twin = second.resolve(file.getFileName());
            assertThat(Files.mismatch(file, twin))
                    .as(file.getFileName().toString())
                    .isEqualTo(-1L);
        }
        assertThat(two.weeks())
                .isEqualTo(one.weeks().stream()
                        .map(w -> new WeekCounts(
                                w.week(),
                                second.resolve(w.eventsFile().getFileName()),
                                w.events(),
                                w.vulnerabilities(),
                                w.cases()))
                        .toList());
    }

    @Test
    void anotherSeedGivesOtherFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoSettings shortRun = SETTINGS.withWeeks(2);
        new DemoGenerator(shortRun).generate(first, GenerationProgress.NONE);
        new DemoGenerator(shortRun.withSeed(4321)).generate(second, GenerationProgress.NONE);

        for (String name : new String[] {"geo.csv", "events-2024-W45.jsonl", "vulnerabilities.jsonl", "cases.jsonl"}) {
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name)))
                    .as(name)
                    .isNotEqualTo(-1L);
        }
    }
}
