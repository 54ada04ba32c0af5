package org.sitrep.app.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.cli.CommandLines;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.Store;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assessment, its override and the bulletin over the API, on a small store: 2024-W43..W45 with infected hosts
 * (W44 is published during the tests, W45 stays a draft). The tests run in order: publishing W44 comes before the
 * late data for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulletinsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private String base;
    private String viewer;
    private String editor;
    private JsonNode assessedByTheCommandLine;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            hosts(statement, 1, 300, "2024-10-23 02:00:00");
            hosts(statement, 10_001, 400, "2024-10-30 02:00:00");
            hosts(statement, 20_001, 500, "2024-11-06 02:00:00");
        }
        StringWriter out = new StringWriter();
        var commandLine = CommandLines.sitrep();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("--data", data.toString(), "assess", "--week", "2024-W43", "--json"))
                .isZero();
        assessedByTheCommandLine = JSON.readTree(out.toString());

        server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) server).getWebServer().getPort();
        Users users = server.getBean(Users.class);
        ApiTokens tokens = server.getBean(ApiTokens.class);
        users.add("vera", "a long viewer password", Role.VIEWER, null);
        users.add("eddy", "a long editor password", Role.EDITOR, null);
        viewer = tokens.create("vera", Role.VIEWER, "tests", null).secret();
        editor = tokens.create("eddy", Role.EDITOR, "tests", null).secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** {@code count} infected hosts of the mirai family at one time, their keys from {@code first}. */
    static void hosts(Statement statement, int first, int count, String at) throws Exception {
        statement.execute("INSERT INTO events (dedup_key, time_source, feed_name, classification_type,"
                + " classification_identifier, source_ip, kind, domestic, government, ip_literal)"
                + " SELECT " + first + " + i, TIMESTAMP '" + at + "', 'sinkhole', 'infected-system', 'mirai',"
                + " '10.' || ((" + first + " + i) // 65536) || '.' || (((" + first + " + i) // 256) % 256)"
                + " || '.' || ((" + first + " + i) % 256), 'infected', true, false, false FROM range(" + count
                + ") t(i)");
    }

    private HttpResponse<byte[]> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String path, String token) throws Exception {
        HttpResponse<byte[]> response = get(path, token);
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<byte[]> post(String path, String token, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body()).path("type").asString();
    }

    private byte[] archived(String file) throws Exception {
        return Files.readAllBytes(data.resolve("bulletins").resolve(file));
    }

    @Test
    @Order(1)
    void theAssessmentIsTheDocumentTheCommandLinePrints() throws Exception {
        JsonNode assessment = getJson("/api/v1/weeks/2024-W43/assessment", viewer);

        assertThat(assessment).isEqualTo(assessedByTheCommandLine);
        assertThat(assessment.path("week").asString()).isEqualTo("2024-W43");
        assertThat(assessment.path("indicators").size()).isEqualTo(8);
        assertThat(assessment.path("vulnerabilities").has("computedLevel")).isTrue();
    }

    @Test
    @Order(2)
    void anOverrideIsForbiddenToAViewerAndRecordedForAnEditorWithTheAuditTrail() throws Exception {
        String body = "{\"band\": \"危\", \"reason\": \"a botnet took down the provincial portal\"}";
        HttpResponse<byte[]> refused = post("/api/v1/weeks/2024-W45/assessment/override", viewer, body);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(type(refused)).isEqualTo("/problems/forbidden");

        HttpResponse<byte[]> done = post("/api/v1/weeks/2024-W45/assessment/override", editor, body);
        assertThat(done.statusCode()).as(text(done)).isEqualTo(200);
        JsonNode answered = JSON.readTree(done.body());
        assertThat(answered.path("finalBand").asString()).isEqualTo("CRITICAL");

        JsonNode assessment = getJson("/api/v1/weeks/2024-W45/assessment", viewer);
        assertThat(assessment.path("finalBand").asString()).isEqualTo("CRITICAL");
        assertThat(assessment.path("computedBand").asString()).isNotEqualTo("CRITICAL");
        assertThat(assessment.path("override").path("analyst").asString()).isEqualTo("eddy");
        assertThat(assessment.path("override").path("reason").asString())
                .isEqualTo("a botnet took down the provincial portal");
        assertThat(server.getBean(AuditTrail.class).after(0, "assessment.override", 10))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("eddy");
                    assertThat(entry.target()).isEqualTo("2024-W45");
                    assertThat(entry.detail()).startsWith("band 危 (computed ");
                    assertThat(entry.source()).isEqualTo("127.0.0.1");
                });
    }

    @Test
    @Order(3)
    void anOverrideNeedsABandAndAReason() throws Exception {
        HttpResponse<byte[]> noReason = post("/api/v1/weeks/2024-W45/assessment/override", editor, "{\"band\": \"中\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(text(noReason)).contains("reason is required");
        HttpResponse<byte[]> badBand =
                post("/api/v1/weeks/2024-W45/assessment/override", editor, "{\"band\": \"甲\", \"reason\": \"x\"}");
        assertThat(badBand.statusCode()).isEqualTo(400);
        assertThat(type(badBand)).isEqualTo("/problems/bad-value");
    }

    @Test
    @Order(4)
    void theVulnerabilityLevelIsOverriddenLikeTheBand() throws Exception {
        HttpResponse<byte[]> done = post(
                "/api/v1/weeks/2024-W45/assessment/vulnerability-level/override",
                editor,
                "{\"level\": \"高\", \"reason\": \"the national database rates the week high\"}");
        assertThat(done.statusCode()).as(text(done)).isEqualTo(200);
        JsonNode assessment = getJson("/api/v1/weeks/2024-W45/assessment", viewer);
        assertThat(assessment.path("vulnerabilities").path("level").asString()).isEqualTo("HIGH");
        assertThat(assessment.path("finalBand").asString())
                .as("the band's override stays")
                .isEqualTo("CRITICAL");
    }

    @Test
    @Order(5)
    void publishingIsForbiddenToAViewer() throws Exception {
        HttpResponse<byte[]> refused = post("/api/v1/bulletins/2024-W44/publish", viewer, "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Files.exists(data.resolve("bulletins/2024-W44"))).isFalse();
    }

    @Test
    @Order(6)
    void aPublishedWeekIsServedAsArchivedBeforeAndAfterLateData() throws Exception {
        HttpResponse<byte[]> published = post("/api/v1/bulletins/2024-W44/publish", editor, "{}");
        assertThat(published.statusCode()).as(text(published)).isEqualTo(200);
        assertThat(JSON.readTree(published.body()).path("revision").asInt()).isEqualTo(1);

        HttpResponse<byte[]> html = get("/api/v1/bulletins/2024-W44?format=html&lang=en", viewer);
        HttpResponse<byte[]> pdf = get("/api/v1/bulletins/2024-W44?format=pdf&lang=zh-CN", viewer);
        HttpResponse<byte[]> json = get("/api/v1/bulletins/2024-W44?format=json", viewer);
        HttpResponse<byte[]> markdown = get("/api/v1/bulletins/2024-W44?format=md&lang=en", viewer);
        assertThat(html.body()).isEqualTo(archived("2024-W44/en/bulletin.html"));
        assertThat(pdf.body()).isEqualTo(archived("2024-W44/zh-CN/bulletin.pdf"));
        assertThat(json.body()).isEqualTo(archived("2024-W44/bulletin.json"));
        assertThat(markdown.body()).isEqualTo(archived("2024-W44/en/bulletin.md"));
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(markdown.headers().firstValue("Content-Type")).hasValue("text/markdown;charset=utf-8");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"sitrep-2024-W44-zh-CN.pdf\"");
        assertThat(html.headers().firstValue("ETag")).isPresent();

        try (Connection connection = server.getBean(StoreConnections.class).open();
                Statement statement = connection.createStatement()) {
            hosts(statement, 30_001, 250, "2024-10-31 02:00:00");
        }

        HttpResponse<byte[]> htmlAfter = get("/api/v1/bulletins/2024-W44?format=html&lang=en", viewer);
        HttpResponse<byte[]> jsonAfter = get("/api/v1/bulletins/2024-W44?format=json", viewer);
        assertThat(htmlAfter.body()).isEqualTo(html.body()).isEqualTo(archived("2024-W44/en/bulletin.html"));
        assertThat(jsonAfter.body()).isEqualTo(json.body());
        assertThat(htmlAfter.headers().firstValue("ETag"))
                .isEqualTo(html.headers().firstValue("ETag"));
        assertThat(JSON.readTree(jsonAfter.body()).path("figures").toString())
                .as("the frozen issue counts the 400 hosts it was published with")
                .contains("\"thisWeek\":400");

        HttpResponse<byte[]> notModified = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/bulletins/2024-W44?format=html&lang=en"))
                        .header("Authorization", "Bearer " + viewer)
                        .header(
                                "If-None-Match",
                                html.headers().firstValue("ETag").orElseThrow())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(notModified.statusCode()).isEqualTo(304);
    }

    @Test
    @Order(7)
    void aPublishedWeekTakesNoOverride() throws Exception {
        HttpResponse<byte[]> refused =
                post("/api/v1/weeks/2024-W44/assessment/override", editor, "{\"band\": \"中\", \"reason\": \"late\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(type(refused)).isEqualTo("/problems/week-published");
    }

    @Test
    @Order(8)
    void aCorrectionNeedsANoteAndIsANewRevisionWithTheLateData() throws Exception {
        HttpResponse<byte[]> noNote = post("/api/v1/bulletins/2024-W44/publish", editor, "{}");
        assertThat(noNote.statusCode()).isEqualTo(409);
        assertThat(type(noNote)).isEqualTo("/problems/correction-needs-note");

        HttpResponse<byte[]> corrected =
                post("/api/v1/bulletins/2024-W44/publish", editor, "{\"note\": \"late sinkhole reports\"}");
        assertThat(corrected.statusCode()).as(text(corrected)).isEqualTo(200);
        JsonNode issue = JSON.readTree(corrected.body());
        assertThat(issue.path("revision").asInt()).isEqualTo(2);
        assertThat(issue.path("changeNote").asString()).startsWith("late sinkhole reports (changed: ");

        HttpResponse<byte[]> json = get("/api/v1/bulletins/2024-W44?format=json", viewer);
        assertThat(json.body()).isEqualTo(archived("2024-W44/bulletin.json"));
        assertThat(JSON.readTree(json.body()).path("revision").asInt()).isEqualTo(2);
        JsonNode revisions = getJson("/api/v1/bulletins/2024-W44/revisions", viewer);
        assertThat(revisions.findValuesAsString("revision")).containsExactly("2", "1");
        assertThat(server.getBean(AuditTrail.class).after(0, "bulletin.publish", 10))
                .extracting(AuditTrail.Entry::detail)
                .containsExactly(
                        "revision 1", "revision 2: " + issue.path("changeNote").asString());
    }

    @Test
    @Order(9)
    void aDraftsPdfIsARenderJobWhoseFileIsAPdf() throws Exception {
        HttpResponse<byte[]> direct = get("/api/v1/bulletins/2024-W45?format=pdf&lang=en", viewer);
        assertThat(direct.statusCode()).isEqualTo(409);
        assertThat(type(direct)).isEqualTo("/problems/render-as-job");

        HttpResponse<byte[]> accepted = post("/api/v1/bulletins/2024-W45/renders?format=pdf&lang=en", viewer, "{}");
        assertThat(accepted.statusCode()).as(text(accepted)).isEqualTo(202);
        String job = JSON.readTree(accepted.body()).path("id").asString();
        JsonNode state = getJson("/api/v1/jobs/" + job, viewer);
        for (int poll = 0;
                poll < 600
                        && !List.of("SUCCEEDED", "FAILED")
                                .contains(state.path("state").asString());
                poll++) {
            Thread.sleep(200);
            state = getJson("/api/v1/jobs/" + job, viewer);
        }
        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
        assertThat(state.path("result").path("status").asString()).isEqualTo("draft");

        HttpResponse<byte[]> pdf = get(state.path("result").path("href").asString(), viewer);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(Files.exists(data.resolve("bulletins/2024-W45")))
                .as("a draft is rendered for the client, not into the archive")
                .isFalse();
    }

    @Test
    @Order(10)
    void aDraftIsComputedNowAndNeverCached() throws Exception {
        HttpResponse<byte[]> html = get("/api/v1/bulletins/2024-W45?lang=en", viewer);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Sitrep-Status")).hasValue("draft");
        assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(text(html)).contains("<html").contains("Critical");
    }

    @Test
    @Order(11)
    void theWeeksListTheirIssuesState() throws Exception {
        JsonNode weeks = getJson("/api/v1/weeks", viewer);
        assertThat(weeks.findValuesAsString("week")).containsExactly("2024-W45", "2024-W44", "2024-W43");
        assertThat(weeks.get(0).path("state").asString()).isEqualTo("draft");
        assertThat(weeks.get(1).path("state").asString()).isEqualTo("published");
        assertThat(weeks.get(1).path("revision").asInt()).isEqualTo(2);
        assertThat(weeks.get(2).path("state").asString()).isEqualTo("none");
        assertThat(weeks.get(2).path("hasData").asBoolean()).isTrue();
    }

    @Test
    @Order(12)
    void theArchiveListsIssuesAndServesItsIndexAndFeed() throws Exception {
        JsonNode archive = getJson("/api/v1/bulletins", viewer);
        assertThat(archive.get(0).path("week").asString()).isEqualTo("2024-W45");
        JsonNode published = archive.get(1);
        assertThat(published.path("state").asString()).isEqualTo("published");
        assertThat(published.path("revisions").size()).isEqualTo(2);
        assertThat(published.path("links").findValuesAsString("href"))
                .contains("/api/v1/bulletins/2024-W44?format=pdf&lang=en");

        HttpResponse<byte[]> index = get("/api/v1/bulletins/archive", viewer);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(index.body()).isEqualTo(archived("index.html"));
        HttpResponse<byte[]> atom = get("/api/v1/bulletins/atom.xml", viewer);
        assertThat(atom.headers().firstValue("Content-Type")).hasValue("application/atom+xml");
        assertThat(text(atom)).contains("urn:sitrep:bulletin:2024-W44:2").doesNotContain("2024-W45");
    }

    @Test
    @Order(13)
    void theArchivesLinksResolveUnderTheApiAndReachNothingElse() throws Exception {
        String index = text(get("/api/v1/bulletins/archive", viewer));
        java.util.regex.Matcher links =
                java.util.regex.Pattern.compile("href=\"([^\"]+)\"").matcher(index);
        List<String> hrefs = links.results().map(link -> link.group(1)).toList();
        assertThat(hrefs).contains("2024-W44/zh-CN/bulletin.pdf", "2024-W44/bulletin.json", "atom.xml");
        for (String href : hrefs) {
            HttpResponse<byte[]> file = get("/api/v1/bulletins/" + href, viewer);
            assertThat(file.statusCode()).as(href).isEqualTo(200);
            if (href.startsWith("2024-W44/")) {
                assertThat(file.body()).as(href).isEqualTo(archived(href));
            }
        }
        assertThat(get("/api/v1/bulletins/2024-W44/en/bulletin.pdf", viewer)
                        .headers()
                        .firstValue("Content-Type"))
                .hasValue("application/pdf");
        for (String elsewhere : List.of(
                "2024-W44/zh-CN/sitrep.duckdb",
                "2024-W44/fr/bulletin.html",
                "2024-W44/index.html",
                "2024-W43/zh-CN/bulletin.html")) {
            HttpResponse<byte[]> refused = get("/api/v1/bulletins/" + elsewhere, viewer);
            assertThat(refused.statusCode()).as(elsewhere).isEqualTo(404);
            assertThat(type(refused)).as(elsewhere).isEqualTo("/problems/not-archived");
        }
    }

    @Test
    @Order(14)
    void aWeekThatHasNotBegunHasNoBulletin() throws Exception {
        HttpResponse<byte[]> future = get("/api/v1/bulletins/2999-W01", viewer);
        assertThat(future.statusCode()).isEqualTo(404);
        assertThat(type(future)).isEqualTo("/problems/week-in-future");
        HttpResponse<byte[]> badFormat = get("/api/v1/bulletins/2024-W45?format=docx", viewer);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(text(badFormat)).contains("format must be html, pdf, md or json");
    }

    @Test
    @Order(15)
    void aPublishedWeeksDraftShowsTheCorrectionItWouldPublishAndTheIssueStaysFrozen() throws Exception {
        byte[] frozen = get("/api/v1/bulletins/2024-W44?format=json", viewer).body();
        try (Connection connection = server.getBean(StoreConnections.class).open();
                Statement statement = connection.createStatement()) {
            hosts(statement, 40_001, 100, "2024-11-01 02:00:00");
        }

        HttpResponse<byte[]> draft = get("/api/v1/bulletins/2024-W44?format=json&draft=true", viewer);
        assertThat(draft.statusCode()).as(text(draft)).isEqualTo(200);
        assertThat(draft.headers().firstValue("Sitrep-Status")).hasValue("draft");
        JsonNode correction = JSON.readTree(draft.body());
        assertThat(correction.path("revision").asInt()).isEqualTo(3);
        assertThat(correction.path("status").asString()).isEqualTo("draft");
        assertThat(correction.path("figures").toString())
                .as("400 hosts published, 250 in the correction, 100 more since")
                .contains("\"thisWeek\":750");

        assertThat(get("/api/v1/bulletins/2024-W44?format=json", viewer).body())
                .isEqualTo(frozen)
                .isEqualTo(archived("2024-W44/bulletin.json"));
        assertThat(Files.exists(data.resolve("bulletins/drafts"))).isFalse();
        JsonNode weeks = getJson("/api/v1/weeks", viewer);
        assertThat(weeks.get(1).path("correction").asInt()).isEqualTo(3);
    }

    @Test
    @Order(16)
    void publishingWaitsForTheWeekToEndAndForUnfinishedIngestRunsUnlessForced() throws Exception {
        IsoWeek thisWeek =
                IsoWeek.containing(Instant.now(), SitrepConfig.defaults().zone());
        HttpResponse<byte[]> early = post("/api/v1/bulletins/" + thisWeek + "/publish", editor, "{}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(type(early)).isEqualTo("/problems/week-not-ended");

        try (Connection connection = server.getBean(StoreConnections.class).open()) {
            new IngestRuns(connection).start("cut.jsonl", "0".repeat(64), null, Instant.parse("2024-11-12T00:00:00Z"));
        }
        HttpResponse<byte[]> refused = post("/api/v1/bulletins/2024-W43/publish", editor, "{}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(type(refused)).isEqualTo("/problems/ingest-unfinished");
        assertThat(Files.exists(data.resolve("bulletins/2024-W43"))).isFalse();

        HttpResponse<byte[]> forced =
                post("/api/v1/bulletins/2024-W43/publish", editor, "{\"force\": \"the cut file holds only W46\"}");
        assertThat(forced.statusCode()).as(text(forced)).isEqualTo(200);
        assertThat(JSON.readTree(forced.body()).path("changeNote").asString())
                .startsWith("published while ingest run(s) ")
                .endsWith(" had not finished: the cut file holds only W46");
        assertThat(archived("2024-W43/zh-CN/bulletin.html")).isNotEmpty();
    }
}
