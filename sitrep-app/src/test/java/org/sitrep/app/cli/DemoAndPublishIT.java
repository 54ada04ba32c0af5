package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.week.IsoWeek;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo from nothing to a bulletin, checked as a newcomer would: the title, and the headline figures of the
 * bulletin equal to {@code sitrep figures --json} and to counts written here independently over the store; then
 * publishing freezes the numbers and a correction is a new revision that says what changed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAndPublishIT {

    private static final IsoWeek WEEK = new IsoWeek(2024, 45);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static Path data;
    private static String demoOutput;

    private final SitrepRun sitrep = SitrepRun.plain();

    @BeforeAll
    static void demo() {
        data = dir.resolve("data");
        SitrepRun demo = SitrepRun.plain();
        int exit = demo.run(
                "--data",
                data.toString(),
                "demo",
                "--no-serve",
                "--week",
                WEEK.toString(),
                "--events-per-week",
                "3000");
        demoOutput = demo.out();
        assertThat(exit).as(demo.err()).isZero();
    }

    @Test
    @Order(1)
    void writesTheBulletinOfTheRightWeekInEveryFormat() throws Exception {
        Path week = data.resolve("bulletins/2024-W45");
        String markdown = Files.readString(week.resolve("zh-CN/bulletin.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("网络安全信息与动态周报").contains("2024年第45期（11月4日-11月10日）");
        assertThat(Files.readString(week.resolve("en/bulletin.md"))).contains("2024 No. 45");
        for (String file : List.of(
                "zh-CN/bulletin.html",
                "zh-CN/bulletin.pdf",
                "en/bulletin.html",
                "en/bulletin.pdf",
                "bulletin.json",
                "zh-CN/blocklist.txt",
                "zh-CN/figure-1.svg")) {
            assertThat(week.resolve(file)).isNotEmptyFile();
        }
        assertThat(data.resolve("bulletins/index.html")).content().contains("2024-W44/zh-CN/bulletin.html");
        assertThat(data.resolve("bulletins/atom.xml")).content().contains("urn:sitrep:bulletin:2024-W44:1");
        assertThat(demoOutput).contains(week.toAbsolutePath().toString());
    }

    @Test
    @Order(2)
    void headlineFiguresEqualTheFiguresCommandAndAnIndependentCount() throws Exception {
        JsonNode bulletin =
                JSON.readTree(data.resolve("bulletins/2024-W45/bulletin.json").toFile());
        assertThat(sitrep.run("--data", data.toString(), "figures", "--week", WEEK.toString(), "--json"))
                .isZero();
        JsonNode figures = JSON.readTree(sitrep.out());

        long[] independent = independentHeadline();
        JsonNode printed = bulletin.get("figures").get("headline");
        JsonNode command = figures.get("headline");
        assertThat(printed).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(printed.get(i).get("thisWeek").asLong())
                    .as(printed.get(i).get("id").asString())
                    .isEqualTo(command.get(i).get("thisWeek").asLong())
                    .isEqualTo(independent[i]);
        }
        assertThat(independent[0]).as("the demo has infected hosts").isPositive();
        assertThat(independent[1]).as("and defaced sites").isPositive();
    }

    /** The eight headline counts of spec/bulletin.md §1, written from the spec without the figure engine. */
    private static long[] independentHeadline() throws Exception {
        Timestamp start = utc(WEEK.start(SHANGHAI));
        Timestamp end = utc(WEEK.end(SHANGHAI));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"))) {
            String events = "SELECT"
                    + " count(DISTINCT CASE WHEN kind = 'infected' AND domestic THEN source_ip END),"
                    + " count(DISTINCT CASE WHEN kind = 'defacement' AND domestic THEN site END),"
                    + " count(DISTINCT CASE WHEN kind = 'defacement' AND domestic AND government THEN site END),"
                    + " count(DISTINCT CASE WHEN kind = 'backdoor' AND domestic THEN site END),"
                    + " count(DISTINCT CASE WHEN kind = 'backdoor' AND domestic AND government THEN site END),"
                    + " count(DISTINCT CASE WHEN kind = 'phishing' AND target_domestic THEN source_url END)"
                    + " FROM events WHERE time_source >= ? AND time_source < ?";
            String vulnerabilities = "SELECT count(*), count(CASE WHEN severity IN ('critical', 'high') THEN 1 END)"
                    + " FROM vulnerabilities WHERE published >= ? AND published <= ?";
            long[] counts = new long[8];
            try (PreparedStatement statement = connection.prepareStatement(events)) {
                statement.setTimestamp(1, start);
                statement.setTimestamp(2, end);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    for (int i = 0; i < 6; i++) {
                        counts[i] = rows.getLong(i + 1);
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(vulnerabilities)) {
                statement.setObject(1, WEEK.monday());
                statement.setObject(2, WEEK.sunday());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    counts[6] = rows.getLong(1);
                    counts[7] = rows.getLong(2);
                }
            }
            return counts;
        }
    }

    @Test
    @Order(2)
    void theDemoTableEnrichesEveryEventWithCountryAsnAndHomeProvince() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*),"
                        + " count(CASE WHEN source_ip IS NULL THEN 1 END),"
                        + " count(CASE WHEN source_geolocation_cc IS NULL OR source_asn IS NULL THEN 1 END),"
                        + " count(CASE WHEN source_geolocation_cc = 'CN' AND source_geolocation_region IS NULL"
                        + " THEN 1 END),"
                        + " count(CASE WHEN destination_ip IS NOT NULL AND destination_geolocation_cc IS NULL THEN 1"
                        + " END)"
                        + " FROM events")) {
            rows.next();
            assertThat(rows.getLong(1)).as("events").isGreaterThan(10_000);
            // Site reports may name only the site; nothing is invented for them (they count as domestic by .cn).
            assertThat(rows.getLong(2))
                    .as("events without a source address other than site reports")
                    .isZero();
            assertThat(rows.getLong(3))
                    .as("events with an address but without country or ASN")
                    .isZero();
            assertThat(rows.getLong(4)).as("home events without province").isZero();
            assertThat(rows.getLong(5)).as("destinations without country").isZero();
        }
    }

    @Test
    @Order(2)
    void theAssessmentVariesOverTheWeeksAddsUpAndIsWrittenInBothLanguages() throws Exception {
        java.util.Set<String> bands = new java.util.HashSet<>();
        for (int back = 0; back < 13; back++) {
            Path json = data.resolve("bulletins/" + WEEK.minusWeeks(back) + "/bulletin.json");
            bands.add(JSON.readTree(json.toFile())
                    .get("assessment")
                    .get("finalBand")
                    .asString());
        }
        assertThat(bands).as("the demo's 13 weeks do not all get the same band").hasSizeGreaterThan(1);

        JsonNode assessment = JSON.readTree(
                        data.resolve("bulletins/2024-W45/bulletin.json").toFile())
                .get("assessment");
        double sum = 0;
        for (JsonNode indicator : assessment.get("indicators")) {
            sum += indicator.get("contribution").asDouble();
        }
        assertThat(Math.exp(sum))
                .as("the contributions reproduce the index")
                .isCloseTo(assessment.get("index").asDouble(), org.assertj.core.data.Offset.offset(1e-9));

        String zh = Files.readString(data.resolve("bulletins/2024-W45/zh-CN/bulletin.md"));
        String en = Files.readString(data.resolve("bulletins/2024-W45/en/bulletin.md"));
        for (String sentence : List.of("rating", "infrastructure", "mainThreats")) {
            assertThat(zh).contains(assessment.get("zh").get(sentence).asString());
            assertThat(en).contains(assessment.get("en").get(sentence).asString());
        }
    }

    @Test
    @Order(3)
    void aSecondDemoRunReusesWhatIsThere() {
        assertThat(sitrep.run(
                        "--data",
                        data.toString(),
                        "demo",
                        "--no-serve",
                        "--week",
                        WEEK.toString(),
                        "--events-per-week",
                        "3000"))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.out())
                .contains("reusing the generated feeds")
                .contains("0 accepted")
                .contains("published 0 earlier weeks (12 already in the archive)");
    }

    @Test
    @Order(4)
    void publishingFreezesTheNumbersAndACorrectionIsANewRevisionThatSaysWhatChanged() throws Exception {
        assertThat(sitrep.run("--data", data.toString(), "publish", "--week", WEEK.toString()))
                .as(sitrep.err())
                .isZero();
        long defaced = defacedInBulletin();

        // Late data for the week: two more defaced domestic sites.
        Path late = dir.resolve("late.jsonl");
        Files.write(late, List.of(defacement("late-one.example.cn"), defacement("late-two.example.cn")));
        assertThat(sitrep.run("--data", data.toString(), "ingest", late.toString()))
                .as(sitrep.out())
                .isZero();

        assertThat(sitrep.run("--data", data.toString(), "bulletin", "--week", WEEK.toString(), "--format", "json"))
                .isZero();
        assertThat(defacedInBulletin())
                .as("a published issue keeps its numbers")
                .isEqualTo(defaced);

        assertThat(sitrep.run("--data", data.toString(), "publish", "--week", WEEK.toString()))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("a correction needs --note").contains("defaced " + defaced + "→");

        assertThat(sitrep.run(
                        "--data", data.toString(), "publish", "--week", WEEK.toString(), "--note", "late reports"))
                .isZero();
        JsonNode corrected =
                JSON.readTree(data.resolve("bulletins/2024-W45/bulletin.json").toFile());
        assertThat(corrected.get("revision").asInt()).isEqualTo(2);
        assertThat(defacedInBulletin()).isEqualTo(defaced + 2);
        assertThat(corrected.get("change_note").asString())
                .isEqualTo("late reports (changed: defaced " + defaced + "→" + (defaced + 2) + ")");
    }

    private static long defacedInBulletin() throws Exception {
        JsonNode bulletin =
                JSON.readTree(data.resolve("bulletins/2024-W45/bulletin.json").toFile());
        for (JsonNode indicator : bulletin.get("figures").get("headline")) {
            if (indicator.get("id").asString().equals("defaced")) {
                return indicator.get("thisWeek").asLong();
            }
        }
        throw new AssertionError("no defaced indicator");
    }

    private static String defacement(String host) {
        return "{\"time.source\":\"2024-11-06T03:00:00+00:00\",\"feed.name\":\"late-list\","
                + "\"classification.type\":\"system-compromise\",\"classification.identifier\":\"defacement\","
                + "\"source.fqdn\":\"" + host + "\",\"source.url\":\"http://" + host + "/\","
                + "\"source.geolocation.cc\":\"CN\"}";
    }

    private static Timestamp utc(java.time.Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
