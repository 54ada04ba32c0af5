package org.sitrep.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureId;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.enrich.derive.DedupDays;
import org.sitrep.ingest.enrich.derive.Derivation;
import org.sitrep.ingest.enrich.derive.DerivationSettings;

/**
 * The day of the dedup key is the week zone's day (docs/adr/008-dedup-key-zone-day.md): Monday 00:00 in
 * Asia/Shanghai is Sunday 16:00Z, inside one UTC day.
 */
class ZoneDayDedupIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-12T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Event infected(String host, String at, ZoneId zone) {
        Derivation derivation =
                new Derivation(new DerivationSettings("CN", List.of("*.gov.cn"), KindMapping.defaults(), zone));
        return derivation.enrich(Event.of(Instant.parse(at), "sinkhole", "infected-system", "mirai")
                .withSource(Endpoint.EMPTY.withIp(host).withGeo("CN", null, null)));
    }

    @Test
    void aRepeatedObservationOnEachSideOfMondayMidnightCountsInBothWeeks() throws Exception {
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store, SHANGHAI)) {
            // Sunday 10:00Z = Sunday 18:00 in Shanghai (W45); Sunday 17:00Z = Monday 01:00 (W46): one UTC day
            List<Event> events = new ArrayList<>(List.of(
                    infected("198.51.100.1", "2024-11-10T10:00:00Z", SHANGHAI),
                    infected("198.51.100.1", "2024-11-10T17:00:00Z", SHANGHAI),
                    // Saturday 20:00Z and Sunday 02:00Z: two UTC days, one Shanghai day (Sunday) → one observation
                    infected("198.51.100.2", "2024-11-09T20:00:00Z", SHANGHAI),
                    infected("198.51.100.2", "2024-11-10T02:00:00Z", SHANGHAI)));
            assertThat(writer.write(events, 1)).isEqualTo(new WriteCounts(3, 1, 0));
            writer.flush();

            FigureEngine figures = new FigureEngine(store.connection(), FigureSettings.defaults());
            // W45: .1 and .2 → 2; W46: .1 again (Monday 01:00) → 1
            assertThat(figures.compute(new IsoWeek(2024, 45))
                            .figure(FigureId.MALWARE_INFECTED_HOSTS)
                            .thisWeek())
                    .isEqualTo(2L);
            assertThat(figures.compute(new IsoWeek(2024, 46))
                            .figure(FigureId.MALWARE_INFECTED_HOSTS)
                            .thisWeek())
                    .isEqualTo(1L);
        }
    }

    @Test
    void rekeysAStoreOfUtcDaysToTheZonesDaysOnce() throws Exception {
        List<String[]> observations = List.of(
                new String[] {"198.51.100.2", "2024-11-09T20:00:00Z"}, // UTC Saturday, Shanghai Sunday → new key
                new String[] {"198.51.100.2", "2024-11-10T02:00:00Z"}, // UTC Sunday, Shanghai Sunday: repeats it
                new String[] {"198.51.100.1", "2024-11-10T17:00:00Z"}, // UTC Sunday, Shanghai Monday → new key
                new String[] {"198.51.100.3", "2024-11-10T03:00:00Z"}); // Sunday in both: key unchanged
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store, ZoneOffset.UTC)) {
            // a store written before schema version 5: keys by UTC day, dedup_days says UTC
            assertThat(writer.write(events(observations, ZoneOffset.UTC), 1)).isEqualTo(new WriteCounts(4, 0, 0));
            writer.flush();
        }
        try (Store store = Store.open(dir)) {
            DedupDays.Rekeyed rekeyed = DedupDays.align(store.connection(), SHANGHAI, CLOCK);

            assertThat(rekeyed).isEqualTo(new DedupDays.Rekeyed("UTC", 2, 1));
            // the earliest of the two Sunday observations of .2 stays; every key is the one ingest makes now
            assertThat(strings(store, "SELECT CAST(time_source AS VARCHAR) FROM events ORDER BY time_source"))
                    .containsExactly("2024-11-09 20:00:00", "2024-11-10 03:00:00", "2024-11-10 17:00:00");
            List<String> expected = Stream.of(observations.get(0), observations.get(2), observations.get(3))
                    .map(one -> Long.toString(
                            infected(one[0], one[1], SHANGHAI).derived().dedupKey()))
                    .sorted()
                    .toList();
            assertThat(strings(store, "SELECT CAST(dedup_key AS VARCHAR) FROM events").stream()
                            .sorted()
                            .toList())
                    .isEqualTo(expected);
            assertThat(strings(store, "SELECT zone || ' ' || rekeyed || ' ' || merged FROM dedup_days"))
                    .containsExactly("Asia/Shanghai 2 1");

            assertThat(DedupDays.align(store.connection(), SHANGHAI, CLOCK)).isEqualTo(DedupDays.Rekeyed.NONE);
            try (EventWriter writer = new EventWriter(store, SHANGHAI)) {
                // a re-run of the same feed after the upgrade adds nothing
                assertThat(writer.write(events(observations, SHANGHAI), 2)).isEqualTo(new WriteCounts(0, 4, 0));
                writer.flush();
            }
        }
    }

    private static List<Event> events(List<String[]> observations, ZoneId zone) {
        return new ArrayList<>(
                observations.stream().map(one -> infected(one[0], one[1], zone)).toList());
    }

    private static List<String> strings(Store store, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
