package org.sitrep.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import org.sitrep.core.store.Migrations;
import org.sitrep.ingest.store.Store;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server on a small store: the figures as the command line prints them, behind a token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private String base;
    private JsonNode expectedFigures;
    private String viewerToken;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement()) {
            Migrations.migrate(connection);
            statement.execute("""
                    INSERT INTO events (dedup_key, time_source, feed_name, classification_type, source_ip, kind,
                        domestic, government, ip_literal)
                    VALUES (1, TIMESTAMP '2024-11-05 10:00:00', 'f', 'infected-system', '198.51.100.1', 'infected',
                            TRUE, FALSE, FALSE),
                           (2, TIMESTAMP '2024-11-03 16:00:00', 'f', 'infected-system', '2001:db8::1', 'infected',
                            TRUE, FALSE, FALSE)""");
        }
        StringWriter out = new StringWriter();
        var commandLine = org.sitrep.app.cli.CommandLines.sitrep();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("--data", data.toString(), "figures", "--week", "2024-W45", "--json"))
                .isZero();
        expectedFigures = JSON.readTree(out.toString());

        server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) server).getWebServer().getPort();
        server.getBean(Users.class).add("vera", "a long viewer password", Role.VIEWER, null);
        viewerToken = server.getBean(ApiTokens.class)
                .create("vera", Role.VIEWER, "tests", null)
                .secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheWeeksFiguresAsTheCommandLinePrintsThem() throws Exception {
        HttpResponse<String> response = get("/api/v1/weeks/2024-W45/figures", viewerToken);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(expectedFigures);
        assertThat(expectedFigures.path("week").asString()).isEqualTo("2024-W45");
    }

    @Test
    void withoutATokenIs401AsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/v1/weeks/2024-W45/figures", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("/problems/unauthenticated");
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        HttpResponse<String> response = get("/api/v1/weeks/2024-W45/figures", ApiTokens.PREFIX + "forged");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("/problems/invalid-token");
    }

    @Test
    void aWeekThatIsNotAWeekIs400() throws Exception {
        HttpResponse<String> response = get("/api/v1/weeks/2024-X45/figures", viewerToken);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("/problems/bad-value");
    }

    @Test
    void describesTheApiAsOpenApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("paths").has("/api/v1/weeks/{week}/figures")).isTrue();
        assertThat(document.path("info").path("title").asString()).isEqualTo("Sitrep API");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("token")
                        .path("scheme")
                        .asString())
                .isEqualTo("bearer");
    }

    @Test
    void saysInTheDataDirectoryThatItOwnsIt() throws Exception {
        assertThat(ServerMarker.running(data))
                .hasValueSatisfying(marker -> assertThat(marker.url()).isEqualTo(base + "/"));
        assertThat(Files.readString(data.resolve(ServerMarker.FILE_NAME))).contains("\"pid\"");
    }
}
