package org.sitrep.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.ingest.enrich.derive.Derivation;
import org.sitrep.ingest.enrich.derive.DerivationSettings;

class EventWriterIT {

    private static final Instant MONDAY = Instant.parse("2026-11-16T08:00:00Z");
    private static final Derivation DERIVATION = new Derivation(DerivationSettings.defaults());

    @TempDir
    Path dir;

    /** An infected host seen on a day: one observation per (host, day). */
    private static Event infected(int host, int day) {
        return DERIVATION.enrich(Event.of(MONDAY.plus(Duration.ofDays(day)), "sinkhole", "infected-system", "mirai")
                .withSource(
                        Endpoint.EMPTY.withIp("10.%d.%d.%d".formatted(host >> 16 & 255, host >> 8 & 255, host & 255))));
    }

    private static List<Event> hosts(int from, int to, int day) {
        List<Event> events = new ArrayList<>();
        for (int host = from; host < to; host++) {
            events.add(infected(host, day));
        }
        return events;
    }

    @Test
    void storesEachObservationOnceAcrossInsertsBatchesAndReopening() throws SQLException {
        int many = EventWriter.ROWS_PER_INSERT + 5_000; // more than one insert, the second while gathering
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store)) {
            List<Event> first = hosts(0, many, 0);
            first.addAll(hosts(0, 10, 0)); // repeated within the batch
            assertThat(writer.write(first, 1)).isEqualTo(new WriteCounts(many, 10, 0));

            List<Event> second = hosts(many - 1_000, many + 1_000, 0); // 1,000 seen, 1,000 new
            second.addAll(hosts(0, 1_000, 1)); // the same hosts the next day count again
            assertThat(writer.write(second, 2)).isEqualTo(new WriteCounts(2_000, 1_000, 0));
            writer.flush();

            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(many + 2_000);
            assertThat(count(store, "SELECT count(DISTINCT dedup_key) FROM events"))
                    .isEqualTo(many + 2_000);
            assertThat(count(store, "SELECT count(*) FROM events WHERE ingest_run = 2"))
                    .isEqualTo(2_000);
        }
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store)) {
            List<Event> again = hosts(0, 500, 0);
            again.addAll(hosts(0, 500, 1));
            again.add(infected(7, 2));
            assertThat(writer.write(again, 3)).isEqualTo(new WriteCounts(1, 1_000, 0));
            writer.flush();
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(many + 2_001);
        }
    }

    @Test
    void readsEvictedDaysAgainWithTheRowsNotYetInserted() throws SQLException {
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store, new StoredKeys(15))) {
            // days 0, 1, 2 with ten hosts each: holding at most 15 keys, each new day drops the one before
            for (int day = 0; day < 3; day++) {
                assertThat(writer.write(hosts(0, 10, day), 1).accepted()).isEqualTo(10);
            }
            // nothing has been inserted yet (far below an insert's size): day 0 is read again only after
            for (int day = 0; day < 3; day++) {
                assertThat(writer.write(hosts(5, 15, day), 2)).isEqualTo(new WriteCounts(5, 5, 0));
            }
            writer.flush();
            assertThat(count(store, "SELECT count(*) FROM events")).isEqualTo(45);
            assertThat(count(store, "SELECT count(DISTINCT dedup_key) FROM events"))
                    .isEqualTo(45);
        }
    }

    @Test
    void writesEveryColumnAsTheEventHasIt() throws SQLException {
        Event event = DERIVATION.enrich(Event.of(Instant.parse("2026-11-18T09:10:11.123456Z"), "feed", "phishing", null)
                .withSource(Endpoint.EMPTY
                        .withIp("203.0.113.9")
                        .withFqdn("login.example.gov.cn")
                        .withAs(64500L, "Example AS")
                        .withGeo("CN", "北京", "北京"))
                .withObservation(Instant.parse("2026-11-18T10:00:00Z"))
                .withTarget("银行")
                .withTlp(Tlp.AMBER)
                .withExtra(Map.of("note", "quoted \"text\", commas"))
                .withRaw("line,with \"quotes\"\nand a newline"));
        try (Store store = Store.open(dir);
                EventWriter writer = new EventWriter(store)) {
            writer.write(List.of(event), 9);
            writer.flush();
            try (Statement statement = store.connection().createStatement();
                    ResultSet row = statement.executeQuery("SELECT * FROM events")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("dedup_key")).isEqualTo(event.derived().dedupKey());
                assertThat(UtcColumns.instant(row.getObject("time_source", java.time.LocalDateTime.class)))
                        .isEqualTo(event.timeSource());
                assertThat(UtcColumns.instant(row.getObject("time_observation", java.time.LocalDateTime.class)))
                        .isEqualTo(event.timeObservation());
                assertThat(row.getString("feed_name")).isEqualTo("feed");
                assertThat(row.getString("classification_type")).isEqualTo("phishing");
                assertThat(row.getString("source_ip")).isEqualTo("203.0.113.9");
                assertThat(row.getString("source_fqdn")).isEqualTo("login.example.gov.cn");
                assertThat(row.getLong("source_asn")).isEqualTo(64500L);
                assertThat(row.getString("source_as_name")).isEqualTo("Example AS");
                assertThat(row.getString("source_geolocation_region")).isEqualTo("北京");
                assertThat(row.getObject("source_port")).isNull();
                assertThat(row.getObject("feed_accuracy")).isNull();
                assertThat(row.getString("event_description_target")).isEqualTo("银行");
                assertThat(row.getString("tlp")).isEqualTo("AMBER");
                assertThat(row.getString("extra")).isEqualTo("{\"note\":\"quoted \\\"text\\\", commas\"}");
                assertThat(row.getString("raw")).isEqualTo("line,with \"quotes\"\nand a newline");
                assertThat(row.getString("kind")).isEqualTo("phishing");
                assertThat(row.getString("registered_domain"))
                        .isEqualTo(event.derived().registeredDomain());
                assertThat(row.getBoolean("government")).isTrue();
                assertThat(row.getBoolean("ip_literal")).isFalse();
                assertThat(row.getObject("domestic")).isEqualTo(event.derived().domestic());
                assertThat(row.getLong("ingest_run")).isEqualTo(9);
                assertThat(row.next()).isFalse();
            }
        }
    }

    private static long count(Store store, String sql) throws SQLException {
        try (Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
