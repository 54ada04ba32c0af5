package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.week.IsoWeek;
import tools.jackson.databind.JsonNode;

/**
 * The generator's memory does not grow with the number of events. The argument, which these tests check through
 * counts rather than timings: (1) the world is a fixed set of address ranges and small tables; host, site and
 * domain pools are only numbers, and a member's address is computed from its number — so the geo table is the same
 * for 10^3 and 10^8 events a week; (2) events are written as they are drawn, in time order, without a list of
 * events or times — so a week of 200,000 events goes through a writer that keeps nothing and arrives complete;
 * (3) pools sized for 10^8 events a week still map every member into the geo table.
 */
class DemoScaleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final IsoWeek WEEK = IsoWeek.parse("2024-W45");

    @Test
    void theWorldIsTheSameSizeForAThousandAndAHundredMillionEventsAWeek() throws IOException {
        DemoWorld small = new DemoWorld(5, 1_000);
        DemoWorld huge = new DemoWorld(5, 100_000_000);
        StringWriter smallTable = new StringWriter();
        StringWriter hugeTable = new StringWriter();
        small.writeGeoTable(smallTable);
        huge.writeGeoTable(hugeTable);

        assertThat(huge.ranges()).isEqualTo(small.ranges()).isLessThan(500);
        assertThat(hugeTable.toString()).isEqualTo(smallTable.toString());
    }

    @Test
    void streamsTwoHundredThousandEventsThroughAWriterThatKeepsNothing() throws IOException {
        DemoGenerator generator = new DemoGenerator(new DemoSettings(5, WEEK, 1, 200_000, SHANGHAI));
        WeekPlan plan = generator.plans().getFirst();
        LineCounter out = new LineCounter();
        List<Long> reported = new ArrayList<>();
        DemoGenerator.Progress progress =
                new DemoGenerator.Progress((written, planned, week) -> reported.add(written), plan.primaryEvents());

        Map<BulletinKind, Long> counts = generator.writeEvents(plan, out, progress);

        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertThat(plan.primaryEvents()).isBetween(150_000L, 260_000L);
        assertThat(out.lines).isEqualTo(total);
        for (BulletinKind kind : BulletinKind.COUNTED) {
            assertThat(counts.get(kind))
                    .as(kind.id())
                    .isGreaterThanOrEqualTo(plan.events().get(kind));
        }
        assertThat(total).isBetween(plan.primaryEvents(), plan.primaryEvents() * 11 / 10);
        assertThat(reported).hasSizeGreaterThanOrEqualTo(15).last().isEqualTo(total);
    }

    @Test
    void poolsSizedForAHundredMillionEventsAWeekStayInsideTheGeoTable() throws IOException {
        DemoGenerator generator = new DemoGenerator(new DemoSettings(5, WEEK, 1, 100_000_000, SHANGHAI));
        WeekPlan plan = generator.plans().getFirst();
        Map<BulletinKind, Long> fewer = new EnumMap<>(BulletinKind.class);
        plan.events().forEach((kind, count) -> fewer.put(kind, Math.max(20, count / 50_000)));
        WeekPlan sample = new WeekPlan(
                plan.week(),
                plan.ordinal(),
                plan.weekNumber(),
                fewer,
                plan.governmentDefacedShare(),
                plan.governmentBackdoorShare(),
                plan.highSeverityShare(),
                plan.vulnerabilities(),
                plan.cases(),
                plan.infrastructureIncident());
        StringWriter out = new StringWriter();
        generator.writeEvents(sample, out, new DemoGenerator.Progress(GenerationProgress.NONE, sample.primaryEvents()));
        StringWriter table = new StringWriter();
        generator.world().writeGeoTable(table);
        GeoTable geo = GeoTable.read(table.toString());

        Set<String> addresses = new HashSet<>();
        for (JsonNode event : JsonLines.parse(out.toString().lines().toList())) {
            addresses.add(JsonLines.text(event, "source.ip"));
            addresses.add(JsonLines.text(event, "destination.ip"));
        }
        addresses.remove(null);
        assertThat(addresses)
                .hasSizeGreaterThan(1000)
                .allSatisfy(ip -> assertThat(geo.lookup(ip)).isPresent());
    }

    /** Counts lines and drops the text. */
    private static final class LineCounter extends Writer {
        long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                lines += buffer[i] == '\n' ? 1 : 0;
            }
        }

        @Override
        public Writer append(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                lines += text.charAt(i) == '\n' ? 1 : 0;
            }
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
