package org.sitrep.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.server.SitrepServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server's first start on a store without users, browser sessions (form login, CSRF, secure headers, logout, a
 * disabled user signed out), and what an admin's token does with users, tokens, the audit trail and metrics.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FIRST_START_PASSWORD = Pattern.compile("as admin with the password (\\S+)");

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private String base;
    private String firstStartErr;
    private String firstStartOut;
    private String adminPassword;
    private String adminToken;

    @BeforeAll
    void start() throws Exception {
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
        try {
            server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        firstStartErr = capturedErr.toString(StandardCharsets.UTF_8);
        firstStartOut = capturedOut.toString(StandardCharsets.UTF_8);
        base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) server).getWebServer().getPort();
        Matcher password = FIRST_START_PASSWORD.matcher(firstStartErr);
        assertThat(password.find())
                .as("the first start's message: " + firstStartErr)
                .isTrue();
        adminPassword = password.group(1);
        adminToken = server.getBean(ApiTokens.class)
                .create("admin", Role.ADMIN, "tests", null)
                .secret();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theFirstStartMakesAnAdminAndSaysOnceHowToSignIn() throws Exception {
        assertThat(firstStartErr).contains(base + "/login").contains("api/v1/me/password");
        assertThat(firstStartErr.split("the password ", -1)).hasSize(2);
        assertThat(firstStartOut).doesNotContain(adminPassword);
        assertThat(server.getBean(Users.class).find("admin"))
                .hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(Role.ADMIN));
        assertThat(server.getBean(org.sitrep.app.audit.AuditTrail.class).after(0, "user.add", 1))
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("admin"));
        try (var connection = server.getBean(org.sitrep.app.server.StoreConnections.class)
                        .open();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT password_hash FROM users WHERE username = 'admin'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("{bcrypt}").doesNotContain(adminPassword);
        }
        assertThat(Files.readString(data.resolve("sitrep.duckdb"), StandardCharsets.ISO_8859_1))
                .doesNotContain(adminPassword);
    }

    @Test
    void aFormLoginGivesASessionThatActsAsTheUserAndChangesWithItsCsrfToken() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.signIn("admin", adminPassword).headers().firstValue("Location"))
                .hasValue(base + "/");
        HttpResponse<String> me = browser.get("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("username").asString()).isEqualTo("admin");
        assertThat(JSON.readTree(me.body()).path("token").isNull()).isTrue();

        String body = "{\"username\":\"carol\",\"password\":\"a long coordinator password\",\"role\":\"coordinator\"}";
        assertThat(browser.post("/api/v1/users", body, false).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = browser.post("/api/v1/users", body, false);
        assertThat(JSON.readTree(refused.body()).path("type").asString()).isEqualTo("/problems/csrf");
        assertThat(browser.post("/api/v1/users", body, true).statusCode()).isEqualTo(201);
        assertThat(server.getBean(Users.class).find("carol")).isPresent();
    }

    @Test
    void aWrongPasswordSendsBackToTheLoginPageAndIsCounted() throws Exception {
        MeterRegistry registry = server.getBean(MeterRegistry.class);
        double before = failures(registry);
        HttpResponse<String> response = new Browser().signIn("admin", "not the password at all");
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/login?error");
        assertThat(failures(registry)).isEqualTo(before + 1);
        assertThat(new Browser().get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledUsersSessionStopsAtItsNextRequest() throws Exception {
        server.getBean(Users.class).add("dora", "a long analyst password", Role.ANALYST, null);
        Browser dora = new Browser();
        dora.signIn("dora", "a long analyst password");
        assertThat(dora.get("/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/dora/disable"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(dora.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(new Browser()
                        .signIn("dora", "a long analyst password")
                        .headers()
                        .firstValue("Location"))
                .hasValue(base + "/login?error");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Browser browser = new Browser();
        browser.signIn("admin", adminPassword);
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.post("/logout", "", true);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void pagesCarrySecureHeadersAndHstsOnlyOverTls() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy ->
                        assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void aPageAsksTheBrowserToSignIn() throws Exception {
        HttpResponse<String> response = new Browser().page("/some/page");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(base + "/login");
    }

    @Test
    void aRevokedTokenStopsAndTheAuditTrailSaysWhoWhenWhatAndFromWhere() throws Exception {
        server.getBean(Users.class).add("ana", "a long analyst password", Role.ANALYST, null);
        HttpResponse<String> created = send(
                json("/api/v1/tokens", "POST", "{\"user\":\"ana\",\"name\":\"feeds script\",\"expires\":\"30d\"}"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = JSON.readTree(created.body());
        String secret = token.path("secret").asString();
        assertThat(secret).startsWith(ApiTokens.PREFIX);
        assertThat(token.path("role").asString()).isEqualTo("analyst");
        assertThat(token.path("expiresAt").isNull()).isFalse();
        assertThat(asUser(secret, "/api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens")));
        assertThat(listed.body()).contains(token.path("id").asString()).doesNotContain(secret);

        String id = token.path("id").asString();
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens/" + id))
                                .DELETE())
                        .statusCode())
                .isEqualTo(200);
        assertThat(asUser(secret, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens/" + id))
                                .DELETE())
                        .statusCode())
                .isEqualTo(409);

        JsonNode page =
                JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit?action=token.revoke")))
                        .body());
        assertThat(page.path("entries")).hasSize(1);
        JsonNode entry = page.path("entries").get(0);
        assertThat(entry.path("actor").asString()).isEqualTo("admin");
        assertThat(entry.path("action").asString()).isEqualTo("token.revoke");
        assertThat(entry.path("target").asString()).isEqualTo(id);
        assertThat(entry.path("detail").asString()).contains("ana").contains("feeds script");
        assertThat(entry.path("source").asString()).isEqualTo("127.0.0.1");
        assertThat(entry.path("at").asString()).isNotBlank();
    }

    @Test
    void aTokenNeverActsAboveItsMaker() throws Exception {
        server.getBean(Users.class).add("vic", "a long viewer password", Role.VIEWER, null);
        server.getBean(Users.class).add("eve", "a long editor password", Role.EDITOR, null);
        String viewer = server.getBean(ApiTokens.class)
                .create("vic", Role.VIEWER, "tests", null)
                .secret();
        String editor = server.getBean(ApiTokens.class)
                .create("eve", Role.EDITOR, "tests", null)
                .secret();
        assertThat(asUser(viewer, json("/api/v1/tokens", "POST", "{\"role\":\"editor\"}"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(asUser(editor, json("/api/v1/tokens", "POST", "{\"user\":\"vic\"}"))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> readOnly = asUser(editor, json("/api/v1/tokens", "POST", "{\"role\":\"viewer\"}"));
        assertThat(readOnly.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(readOnly.body()).path("role").asString()).isEqualTo("viewer");
        assertThat(asUser(editor, HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens")))
                        .body())
                .doesNotContain("\"vic\"");
    }

    @Test
    void theAuditTrailIsReadPageByPage() throws Exception {
        server.getBean(Users.class).add("page-one", "a long viewer password", Role.VIEWER, null);
        server.getBean(Users.class).add("page-two", "a long viewer password", Role.VIEWER, null);
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/page-one/disable"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users/page-two/disable"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode first = JSON.readTree(
                send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit?action=user.disable&limit=1")))
                        .body());
        assertThat(first.path("entries")).hasSize(1);
        long next = first.path("next").asLong();
        JsonNode second = JSON.readTree(send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/audit?action=user.disable&limit=1&after=" + next)))
                .body());
        assertThat(second.path("entries").get(0).path("seq").asLong()).isGreaterThan(next);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/v1/audit?limit=5000")))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void healthIsPublicAndMetricsAreForAdmins() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode status = JSON.readTree(health.body());
        assertThat(status.path("status").asString()).isEqualTo("UP");
        assertThat(status.has("components") || status.has("details")).isFalse();

        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("sitrep_jobs_pending")
                .contains("sitrep_login_failures_total")
                .contains("http_server_requests_seconds_bucket");
        server.getBean(Users.class).add("val", "a long viewer password", Role.VIEWER, null);
        String viewer = server.getBean(ApiTokens.class)
                .create("val", Role.VIEWER, "tests", null)
                .secret();
        assertThat(asUser(viewer, HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")))
                        .statusCode())
                .isEqualTo(403);
    }

    private static double failures(MeterRegistry registry) {
        return registry.get(LoginFailures.METRIC)
                .tag("method", "password")
                .counter()
                .count();
    }

    private HttpRequest.Builder json(String path, String method, String body) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return asUser(adminToken, request);
    }

    private HttpResponse<String> asUser(String token, String path) throws Exception {
        return asUser(token, HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpResponse<String> asUser(String token, HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser: keeps its cookies, follows no redirects, sends the CSRF cookie back as a header when asked. */
    private final class Browser {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> page(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in through the login page's form, with the CSRF token the page carries. */
        HttpResponse<String> signIn(String username, String password) throws Exception {
            String page = get("/login").body();
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as("the login page's CSRF field: " + page).isTrue();
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json, boolean withCsrf) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (withCsrf) {
                request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals(name))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
        }
    }
}
