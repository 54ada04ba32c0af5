package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Migrations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FiguresCommandIT {

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.plain();

    /** A store with two infected hosts in 2024-W45 (Asia/Shanghai) and one in W44. */
    private void store() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            statement.execute("""
                    INSERT INTO events (dedup_key, time_source, feed_name, classification_type, source_ip, kind,
                        domestic, government, ip_literal)
                    VALUES (1, TIMESTAMP '2024-11-05 10:00:00', 'f', 'infected-system', '198.51.100.1', 'infected',
                            TRUE, FALSE, FALSE),
                           (2, TIMESTAMP '2024-11-03 16:00:00', 'f', 'infected-system', '2001:db8::1', 'infected',
                            TRUE, FALSE, FALSE),
                           (3, TIMESTAMP '2024-11-03 15:59:59', 'f', 'infected-system', '198.51.100.1', 'infected',
                            TRUE, FALSE, FALSE)""");
        }
    }

    @Test
    void failsWithOneLineWhenTheStoreDoesNotExist() {
        int exit = sitrep.run("--data", data.resolve("nowhere").toString(), "figures", "--week", "2024-W45");
        assertThat(exit).as("a usage error: --data names no store").isEqualTo(2);
        assertThat(sitrep.err()).startsWith("sitrep: no store at ").hasLineCount(1);
        assertThat(sitrep.out()).isEmpty();
    }

    @Test
    void printsEveryFigureAsATable() throws Exception {
        store();
        int exit = sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45", "--lang", "en");
        assertThat(exit).isZero();
        // infected hosts: 2 this week (198.51.100.1, 2001:db8::1), 1 last week → +100.0%
        assertThat(sitrep.out())
                .contains("2024-W45")
                .contains("== Malware activity")
                .containsPattern("Infected hosts\\s+2\\s+1\\s+\\+100\\.0%")
                .contains("Share of drop-site domains registered abroad")
                .contains("== Incident handling");
    }

    @Test
    void printsChineseLabelsByDefault() throws Exception {
        store();
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45"))
                .isZero();
        assertThat(sitrep.out()).contains("本周网络病毒活动情况").containsPattern("境内感染网络病毒的主机数量\\s+2\\s+1");
    }

    @Test
    void printsTheWholeResultAsJson() throws Exception {
        store();
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45", "--json"))
                .isZero();
        JsonNode json = JsonMapper.builder().build().readTree(sitrep.out());
        assertThat(json.get("week").asString()).isEqualTo("2024-W45");
        assertThat(json.get("start").asString()).isEqualTo("2024-11-03T16:00:00Z");
        assertThat(json.get("hasData").asBoolean()).isTrue();
        JsonNode infected = json.get("figures").get(2);
        assertThat(infected.get("id").asString()).isEqualTo("malware.infected_hosts");
        assertThat(infected.get("thisWeek").asLong()).isEqualTo(2);
        assertThat(infected.get("lastWeek").asLong()).isEqualTo(1);
        assertThat(infected.get("change").get("percent").asDouble()).isEqualTo(100.0);
        assertThat(json.get("headline")).hasSize(8);
        assertThat(json.get("headline").get(0).get("previousWeeks")).hasSize(12);
    }

    @Test
    void saysWhenTheWeekHasNoData() throws Exception {
        store();
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W30", "--lang", "en"))
                .isZero();
        assertThat(sitrep.err()).contains("no data for 2024-W30");
        assertThat(sitrep.out()).containsPattern("Infected hosts\\s+0\\s+0");
    }

    @Test
    void refusesAWeekInTheFuture() throws Exception {
        store();
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2999-W01"))
                .as("a usage error: a week without figures")
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("2999-W01 lies in the future").hasLineCount(1);
    }

    @Test
    void listsTheEventsTheBulletinDoesNotCountByKindAndType() throws Exception {
        store();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO events (dedup_key, time_source, feed_name, classification_type, source_ip, kind,
                        domestic, government, ip_literal)
                    VALUES (11, TIMESTAMP '2024-11-05 10:00:00', 'f', 'vulnerable-system', '198.51.100.7',
                            'vulnerable', TRUE, FALSE, FALSE),
                           (12, TIMESTAMP '2024-11-05 11:00:00', 'f', 'vulnerable-system', '198.51.100.8',
                            'vulnerable', TRUE, FALSE, FALSE),
                           (13, TIMESTAMP '2024-11-06 11:00:00', 'f', 'scanner', '203.0.113.9', 'other',
                            FALSE, FALSE, FALSE),
                           (14, TIMESTAMP '2024-11-06 12:00:00', 'f', 'c2-server', '203.0.113.10', NULL,
                            FALSE, FALSE, FALSE),
                           (15, TIMESTAMP '2024-10-30 12:00:00', 'f', 'scanner', '203.0.113.11', 'other',
                            FALSE, FALSE, FALSE)""");
        }

        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45", "--lang", "en"))
                .isZero();

        String table = sitrep.out().substring(sitrep.out().indexOf("== Not in the bulletin"));
        // the W44 scan (15) is outside the week; the infected hosts are counted and so not listed
        assertThat(table.lines().skip(1).map(String::strip).toList())
                .containsExactly(
                        "vulnerable  vulnerable-system  2",
                        "other       scanner            1",
                        "(no kind)   c2-server          1");
        assertThat(sitrep.out()).containsPattern("Infected hosts\\s+2\\s+1");

        sitrep.clearOut();
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45", "--json"))
                .isZero();
        JsonNode rows = JsonMapper.builder().build().readTree(sitrep.out()).get("notInBulletin");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("kind").asString()).isEqualTo("vulnerable");
        assertThat(rows.get(0).get("events").asLong()).isEqualTo(2);
        assertThat(rows.get(2).get("kind").isNull()).isTrue();
        assertThat(rows.get(2).get("type").asString()).isEqualTo("c2-server");
    }

    @Test
    void readsHomeCountryAndZoneFromSitrepYamlAsTheBulletinDoes() throws Exception {
        store();
        java.nio.file.Files.writeString(data.resolve("sitrep.yaml"), "home_country: DE\nzone: UTC\n");

        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", "2024-W45", "--json"))
                .isZero();

        JsonNode json = JsonMapper.builder().build().readTree(sitrep.out());
        // in UTC the week starts on Monday 00:00 UTC: 2024-11-03 16:00 and 15:59:59 UTC fall in W44
        assertThat(json.get("start").asString()).isEqualTo("2024-11-04T00:00:00Z");
        JsonNode infected = json.get("figures").get(2);
        assertThat(infected.get("thisWeek").asLong()).isEqualTo(1);
        assertThat(infected.get("lastWeek").asLong()).isEqualTo(2);
        org.sitrep.core.config.SitrepConfig config =
                org.sitrep.core.config.ConfigLoader.load(data.resolve("sitrep.yaml"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"))) {
            org.sitrep.core.figures.WeeklyFigures bulletin = new org.sitrep.app.bulletins.WeekReports(
                            connection, config)
                    .compute(org.sitrep.core.week.IsoWeek.parse("2024-W45"))
                    .figures();
            JsonMapper mapper = JsonMapper.builder().build();
            JsonNode fromBulletin = mapper.readTree(mapper.writeValueAsString(bulletin));
            // figures --json adds the events not in the bulletin beside the figures
            ((tools.jackson.databind.node.ObjectNode) json).remove("notInBulletin");
            assertThat(fromBulletin).isEqualTo(json);
        }
    }
}
