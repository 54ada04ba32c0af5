package org.sitrep.app.vulnerabilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.core.store.Migrations;
import org.sitrep.ingest.store.Store;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored vulnerabilities over the API: filters, paging and its bounds, one by id or alias. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VulnerabilitiesApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private String base;
    private String viewer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            // 2024-W45 is 4..10 November; W44 is 28 October..3 November
            statement.execute("""
                    INSERT INTO vulnerabilities (id, aliases, published, title, severity, cvss_version, cvss_score,
                        affected_object, vendor, product, zero_day, remote, known_exploited, source)
                    VALUES
                      ('CVE-2024-0001', NULL, DATE '2024-11-04', 'one', 'critical', '3.1', 9.8, 'application',
                       'Microsoft', 'Windows', false, true, true, 'cve5'),
                      ('CVE-2024-0002', NULL, DATE '2024-11-05', 'two', 'high', '3.1', 8.1, 'web-application',
                       'Apache', 'httpd', false, true, false, 'cve5'),
                      ('CVE-2024-0003', NULL, DATE '2024-11-06', 'three', 'high', '3.1', 7.5, 'application',
                       'microsoft', 'Office', false, false, false, 'cve5'),
                      ('CNVD-2024-10004', '["CVE-2024-0004"]', DATE '2024-11-10', 'four', 'medium', NULL, NULL,
                       'network-device', 'Cisco', 'IOS', false, true, false, 'cnvd'),
                      ('CVE-2024-0005', NULL, DATE '2024-11-03', 'five', 'low', '3.1', 3.1, 'database',
                       'Oracle', 'MySQL', false, false, false, 'cve5')""");
        }
        server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) server).getWebServer().getPort();
        server.getBean(Users.class).add("vera", "a long viewer password", Role.VIEWER, null);
        viewer = server.getBean(ApiTokens.class)
                .create("vera", Role.VIEWER, "tests", null)
                .secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + viewer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode page(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/vulnerabilities" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void pagesNewestPublishedFirstWithTheTotal() throws Exception {
        JsonNode first = page("?size=2");
        JsonNode third = page("?size=2&page=2");
        JsonNode past = page("?size=2&page=3");

        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("items").findValuesAsString("id")).containsExactly("CNVD-2024-10004", "CVE-2024-0003");
        assertThat(third.path("items").findValuesAsString("id")).containsExactly("CVE-2024-0005");
        assertThat(past.path("items").size()).isZero();
        assertThat(past.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void filtersByWeekSeverityVendorAndCve() throws Exception {
        assertThat(page("?week=2024-W45").path("items").findValuesAsString("id"))
                .containsExactly("CNVD-2024-10004", "CVE-2024-0003", "CVE-2024-0002", "CVE-2024-0001");
        assertThat(page("?severity=high").path("items").findValuesAsString("id"))
                .containsExactly("CVE-2024-0003", "CVE-2024-0002");
        assertThat(page("?severity=高&week=2024-W45").path("total").asLong()).isEqualTo(2);
        assertThat(page("?vendor=MICROSOFT").path("items").findValuesAsString("id"))
                .containsExactly("CVE-2024-0003", "CVE-2024-0001");
        assertThat(page("?cve=cve-2024-0004").path("items").findValuesAsString("id"))
                .containsExactly("CNVD-2024-10004");
        assertThat(page("?week=2024-W44&vendor=oracle").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void givesCodesByTheirIdsAndTheWeekOfPublication() throws Exception {
        HttpResponse<String> response = get("/api/v1/vulnerabilities/CVE-2024-0001");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode one = JSON.readTree(response.body());
        assertThat(one.path("severity").asString()).isEqualTo("critical");
        assertThat(one.path("affectedObject").asString()).isEqualTo("application");
        assertThat(one.path("cvss").path("score").asDouble()).isEqualTo(9.8);
        assertThat(one.path("week").asString()).isEqualTo("2024-W45");
        assertThat(one.path("knownExploited").asBoolean()).isTrue();
    }

    @Test
    void findsOneByAnAlias() throws Exception {
        HttpResponse<String> response = get("/api/v1/vulnerabilities/CVE-2024-0004");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("id").asString()).isEqualTo("CNVD-2024-10004");
        HttpResponse<String> missing = get("/api/v1/vulnerabilities/CVE-1999-0001");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("type").asString()).isEqualTo("/problems/no-such-vulnerability");
    }

    @Test
    void refusesAPageLargerThan500AndValuesItCannotRead() throws Exception {
        assertThat(page("?size=500").path("size").asInt()).isEqualTo(500);
        for (String query : new String[] {
            "?size=501", "?size=0", "?page=-1", "?severity=urgent", "?week=2024-45", "?cve=CVE-2024-%25"
        }) {
            HttpResponse<String> refused = get("/api/v1/vulnerabilities" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).path("type").asString())
                    .as(query)
                    .isEqualTo("/problems/bad-value");
        }
    }
}
