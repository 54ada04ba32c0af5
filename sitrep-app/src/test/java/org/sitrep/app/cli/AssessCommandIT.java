package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Migrations;

class AssessCommandIT {

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.inData(() -> data);

    private void store() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("store-major-case.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            for (String sql : script.split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    @Test
    void ratesAWeekAndShowsWhy() throws Exception {
        store();

        // No earlier weeks: every baseline is a reference value (defaced gov 30, infected hosts 500 000, …), every
        // pressure is below 1, so the index is far below 0.85 (优); the major case raises the week to 差.
        assertThat(sitrep.run("assess", "--week", "2024-W45")).isZero();
        assertThat(sitrep.out())
                .contains("worst graded case 重大 raises it to at least 差 (Poor) ⇒ 差 (Poor)")
                .contains("reference values stand in")
                .contains("本周，互联网网络安全态势整体评价为差。")
                .contains("This week, the overall cyber security situation of the internet was rated Poor.");
    }

    @Test
    void recordsAnOverrideThatLaterRunsApply() throws Exception {
        store();

        assertThat(sitrep.run(
                        "assess", "--week", "2024-W45", "--override", "中", "--reason", "contained", "--analyst", "li"))
                .isZero();
        assertThat(sitrep.out()).contains("评价为中。").contains("差 (Poor) ⇒ 中 (Fair) (reason: contained)");
        assertThat(sitrep.run("assess", "--week", "2024-W45", "--json")).isZero();
        assertThat(sitrep.out()).contains("\"finalBand\" : \"FAIR\"").contains("\"computedBand\" : \"POOR\"");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT week, band, reason, analyst, computed_band FROM assessment_overrides")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("week")).isEqualTo("2024-W45");
            assertThat(rows.getString("band")).isEqualTo("fair");
            assertThat(rows.getString("reason")).isEqualTo("contained");
            assertThat(rows.getString("analyst")).isEqualTo("li");
            assertThat(rows.getString("computed_band")).isEqualTo("poor");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void recordsAVulnerabilityLevelOverrideBesideTheComputedLevel() throws Exception {
        store();

        // No vulnerabilities against the reference baseline of 100 ⇒ 低 computed; the analyst publishes 高
        assertThat(sitrep.run(
                        "assess",
                        "--week",
                        "2024-W45",
                        "--override-level",
                        "高",
                        "--reason",
                        "as the database published",
                        "--analyst",
                        "li"))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.out())
                .contains("vulnerability threat level 低 (Low)")
                .contains(": 低 (Low) ⇒ 高 (High) (reason: as the database published)")
                .contains("final band: 差 (Poor)");
        assertThat(sitrep.run("assess", "--week", "2024-W45", "--json")).isZero();
        assertThat(sitrep.out())
                .contains("\"level\" : \"HIGH\"")
                .contains("\"computedLevel\" : \"LOW\"")
                .contains("\"analyst\" : \"li\"");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT week, level, reason, analyst, computed_level FROM vulnerability_level_overrides")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("week")).isEqualTo("2024-W45");
            assertThat(rows.getString("level")).isEqualTo("high");
            assertThat(rows.getString("reason")).isEqualTo("as the database published");
            assertThat(rows.getString("analyst")).isEqualTo("li");
            assertThat(rows.getString("computed_level")).isEqualTo("low");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void refusesALevelOverrideWithoutReasonOrWithAnUnknownLevel() throws Exception {
        store();

        assertThat(sitrep.run("assess", "--week", "2024-W45", "--override-level", "高"))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("--override-level needs --reason");
        assertThat(sitrep.run("assess", "--week", "2024-W45", "--override-level", "severe", "--reason", "x"))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("--override-level must be one of 高 中 低 or high medium low");
    }

    @Test
    void flagsPlaceholderBaselinesInTheBulletinsJsonAndTheCommandsOutput() throws Exception {
        store();

        assertThat(sitrep.run("assess", "--week", "2024-W45")).isZero();
        assertThat(sitrep.out())
                .contains("note: 2024-W45 is rated against placeholder baselines (the configured"
                        + " rating.reference_values, too few earlier weeks with data) for infected_hosts, defaced,"
                        + " defaced_gov, backdoored, backdoored_gov, phishing_pages, new_vulnerabilities,"
                        + " high_vulnerabilities");
        assertThat(sitrep.run("bulletin", "--week", "2024-W45", "--format", "json"))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.out()).contains("note: 2024-W45 is rated against placeholder baselines");
        String json = java.nio.file.Files.readString(data.resolve("bulletins/2024-W45/bulletin.json"));
        assertThat(json.replaceAll("\\s+", ""))
                .contains("\"placeholder_baselines\":[\"infected_hosts\",\"defaced\",\"defaced_gov\",\"backdoored\","
                        + "\"backdoored_gov\",\"phishing_pages\",\"new_vulnerabilities\",\"high_vulnerabilities\"]");
        // the published text stays clean
        assertThat(sitrep.run("bulletin", "--week", "2024-W45", "--format", "md", "--lang", "en"))
                .isZero();
        assertThat(java.nio.file.Files.readString(data.resolve("bulletins/2024-W45/en/bulletin.md")))
                .doesNotContain("placeholder")
                .doesNotContain("reference value");
    }

    @Test
    void calibratesTheReferenceValuesFromStoredWeeks() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            // defaced domestic sites: W01 1, W02 3, W03 2 (W04–W26 without data); W27 has 9 but is outside
            defaced(statement, 1, "2024-01-02 02:00:00", 1);
            defaced(statement, 10, "2024-01-09 02:00:00", 3);
            defaced(statement, 20, "2024-01-16 02:00:00", 2);
            defaced(statement, 30, "2024-07-02 02:00:00", 9);
        }

        assertThat(sitrep.run("assess", "--calibrate", "2024-W01..2024-W26"))
                .as(sitrep.err())
                .isZero();
        String printed = sitrep.out();
        // median(1, 3, 2) = 2; every other indicator is 0 in all three weeks
        assertThat(printed)
                .contains("reference values from 3 weeks with data of 2024-W01..2024-W26 (each indicator's median)")
                .contains("Keep them in sitrep.yaml")
                .contains("rating:\n  reference_values:\n    infected_hosts: 0\n    defaced: 2\n    defaced_gov: 0\n");

        // the printed section is a valid sitrep.yaml that the rating then uses
        java.nio.file.Files.writeString(data.resolve("sitrep.yaml"), printed.substring(printed.indexOf("rating:")));
        assertThat(org.sitrep.core.config.ConfigLoader.load(data.resolve("sitrep.yaml"))
                        .rating()
                        .referenceValues()
                        .get(org.sitrep.core.figures.Headline.DEFACED))
                .isEqualTo(2.0);
    }

    @Test
    void refusesAPeriodThatIsNotOne() throws Exception {
        store();

        assertThat(sitrep.run("assess", "--calibrate", "2024-W01")).isEqualTo(2);
        assertThat(sitrep.err()).contains("--calibrate takes a period of weeks FROM..TO");
        assertThat(sitrep.run("assess", "--calibrate", "2023-W01..2023-W26")).isNotZero();
        assertThat(sitrep.err()).contains("no week of 2023-W01..2023-W26 has data");
    }

    private static void defaced(Statement statement, int first, String at, int sites) throws Exception {
        for (int i = 0; i < sites; i++) {
            statement.execute("INSERT INTO events (dedup_key, time_source, feed_name, classification_type, kind, site,"
                    + " domestic, government, ip_literal) VALUES (" + (first + i) + ", TIMESTAMP '" + at
                    + "', 'zone-h', 'compromised', 'defacement', 'site" + (first + i) + ".example.cn', true, false,"
                    + " false)");
        }
    }

    @Test
    void aWeekWithoutDataIsNotRatedAndItsBulletinSaysSo() throws Exception {
        store(); // data in 2024-W45 only

        assertThat(sitrep.run("assess", "--week", "2024-W47")).as(sitrep.err()).isZero();
        assertThat(sitrep.out())
                .contains("final band: none: the store holds nothing for the week, which is not rated")
                .contains("本周无监测数据，不作整体评价。")
                .doesNotContain("评价为优");
        assertThat(sitrep.run("bulletin", "--week", "2024-W47", "--format", "md", "--lang", "zh-CN"))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.err()).contains("the store holds no data for 2024-W47; the bulletin says so");
        String markdown = java.nio.file.Files.readString(data.resolve("bulletins/2024-W47/zh-CN/bulletin.md"));
        assertThat(markdown)
                .contains("本周无监测数据，不作整体评价。")
                .contains("本周无网络病毒活动监测数据。")
                .contains("本周无事件处理数据。")
                .doesNotContain("评价为优")
                .doesNotContain("0.0万")
                .doesNotContain("共处理网络安全事件0起");
    }

    @Test
    void refusesAnOverrideWithoutReason() throws Exception {
        store();

        assertThat(sitrep.run("assess", "--week", "2024-W45", "--override", "中"))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("--override needs --reason");
    }

    @Test
    void refusesAnUnknownBand() throws Exception {
        store();

        assertThat(sitrep.run("assess", "--week", "2024-W45", "--override", "ok", "--reason", "x"))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("--override must be one of 优 良 中 差 危");
    }

    @Test
    void takesTheDataDirectoryAfterTheSubcommandToo() throws Exception {
        store();
        SitrepRun bare = SitrepRun.plain();

        assertThat(bare.run("assess", "--data", data.toString(), "--week", "2024-W45"))
                .isZero();
        assertThat(bare.out()).contains("评价为差。");
    }

    @Test
    void saysWhenThereIsNoStore() {
        assertThat(sitrep.run("assess", "--week", "2024-W45")).isEqualTo(2);
        assertThat(sitrep.err()).contains("no store at").contains("sitrep.duckdb");
    }
}
