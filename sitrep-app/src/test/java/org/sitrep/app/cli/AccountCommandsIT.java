package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.ingest.store.Store;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code sitrep users|tokens|organisations} on the store, audited as the OS user; refused while a server runs. */
class AccountCommandsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ACTOR = "cli:" + System.getProperty("user.name");

    @TempDir
    Path data;

    record Run(int exit, String out, String err) {}

    private Run withStdin(String stdin, String... args) {
        InputStream in = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var commandLine = SitrepCommand.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(err));
            List<String> all = new ArrayList<>(List.of("--data", data.toString()));
            all.addAll(List.of(args));
            return new Run(commandLine.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            System.setIn(in);
        }
    }

    private Run sitrep(String... args) {
        return withStdin("", args);
    }

    @Test
    void addsListsDisablesAndEnablesUsersOnTheAuditTrail() throws Exception {
        assertThat(withStdin(
                                "a long analyst password\n",
                                "users",
                                "add",
                                "ana",
                                "--role",
                                "analyst",
                                "--password-stdin")
                        .exit())
                .isZero();
        JsonNode listed = JSON.readTree(sitrep("users", "list", "--json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("username").asString()).isEqualTo("ana");
        assertThat(listed.get(0).path("role").asString()).isEqualTo("analyst");
        assertThat(listed.get(0).path("disabled").asBoolean()).isFalse();

        assertThat(sitrep("users", "disable", "ana").exit()).isZero();
        assertThat(sitrep("users", "list").out()).containsPattern("ana\\s+analyst\\s+-\\s+disabled");
        assertThat(sitrep("users", "enable", "ana").exit()).isZero();
        assertThat(withStdin("a new long password\n", "users", "passwd", "ana", "--password-stdin")
                        .exit())
                .isZero();

        assertThat(rows("SELECT password_hash FROM users"))
                .singleElement()
                .satisfies(hash -> assertThat(hash).startsWith("{bcrypt}").doesNotContain("long"));
        assertThat(
                        rows(
                                "SELECT action || ' ' || target || ' ' || actor || ' ' || source FROM audit_trail ORDER BY seq"))
                .containsExactly(
                        "user.add ana " + ACTOR + " cli",
                        "user.disable ana " + ACTOR + " cli",
                        "user.enable ana " + ACTOR + " cli",
                        "user.passwd ana " + ACTOR + " cli");
    }

    @Test
    void aPartnerUserBelongsToAnOrganisationThatExists() throws Exception {
        Run without =
                withStdin("a long partner password\n", "users", "add", "pat", "--role", "partner", "--password-stdin");
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("give --organisation");
        Run unknown = withStdin(
                "a long partner password\n",
                "users",
                "add",
                "pat",
                "--role",
                "partner",
                "--organisation",
                "reg-a",
                "--password-stdin");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no organisation 'reg-a'");

        assertThat(sitrep(
                                "organisations",
                                "add",
                                "reg-a",
                                "--name",
                                "Registrar A",
                                "--kind",
                                "registrar",
                                "--country",
                                "cn")
                        .exit())
                .isZero();
        assertThat(withStdin(
                                "a long partner password\n",
                                "users",
                                "add",
                                "pat",
                                "--role",
                                "partner",
                                "--organisation",
                                "reg-a",
                                "--password-stdin")
                        .exit())
                .isZero();
        assertThat(sitrep("organisations", "list").out()).containsPattern("reg-a\\s+registrar\\s+CN\\s+Registrar A");
        assertThat(rows("SELECT organisation_id FROM users")).containsExactly("reg-a");
        Run badKind = sitrep("organisations", "add", "reg-b", "--name", "B", "--kind", "bank");
        assertThat(badKind.exit()).isEqualTo(2);
        assertThat(badKind.err()).contains("unknown organisation kind 'bank'");
    }

    @Test
    void withoutATerminalOrStdinThereIsNoPasswordToSet() {
        Run run = sitrep("users", "add", "ana", "--role", "analyst");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--password-stdin");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aTokenIsPrintedAloneWorksOnTheServerAndWhileItRunsTheCommandsRefuseNamingIt() throws Exception {
        withStdin("a long viewer password\n", "users", "add", "vera", "--role", "viewer", "--password-stdin");
        Run created = sitrep("tokens", "create", "--user", "vera", "--name", "figures script", "--expires", "30d");
        assertThat(created.exit()).isZero();
        assertThat(created.out().lines())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("sitrep_"));
        String secret = created.out().strip();
        assertThat(created.err()).contains("shown only now").doesNotContain(secret);
        JsonNode token = JSON.readTree(sitrep("tokens", "list", "--json").out()).get(0);
        assertThat(token.path("user").asString()).isEqualTo("vera");
        assertThat(token.path("active").asBoolean()).isTrue();
        assertThat(sitrep("tokens", "list").out()).doesNotContain(secret);
        assertThat(rows("SELECT token_sha256 FROM api_tokens"))
                .singleElement()
                .satisfies(hash -> assertThat(hash).doesNotContain(secret));

        Run figures = sitrep("figures", "--week", "2024-W45", "--json");
        assertThat(figures.exit()).as(figures.err()).isZero();
        Path feed =
                java.nio.file.Files.writeString(data.resolve("feed.csv"), "ip,timestamp\n198.51.100.7,2024-11-05\n");
        ConfigurableApplicationContext server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        try {
            String base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) server).getWebServer().getPort();
            HttpResponse<String> me = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                                    .header("Authorization", "Bearer " + secret)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).path("role").asString()).isEqualTo("viewer");
            HttpResponse<String> served = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/weeks/2024-W45/figures"))
                                    .header("Authorization", "Bearer " + secret)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(served.body())).isEqualTo(JSON.readTree(figures.out()));

            for (List<String> command : List.of(
                    List.of("users", "list"),
                    List.of("tokens", "revoke", token.path("id").asString()),
                    List.of("figures", "--week", "2024-W45"),
                    List.of("assess", "--week", "2024-W45"),
                    List.of("rejects"),
                    List.of("ingest", feed.toString()))) {
                Run refused = sitrep(command.toArray(String[]::new));
                assertThat(refused.exit()).as(String.join(" ", command)).isEqualTo(1);
                assertThat(refused.err().lines())
                        .as(String.join(" ", command))
                        .singleElement()
                        .satisfies(line -> assertThat(line)
                                .startsWith("sitrep: the Sitrep server at " + base + "/ (PID ")
                                .contains("use its API"));
            }
        } finally {
            server.close();
        }

        Run revoked = sitrep("tokens", "revoke", token.path("id").asString());
        assertThat(revoked.exit()).isZero();
        assertThat(JSON.readTree(sitrep("tokens", "list", "--json").out())
                        .get(0)
                        .path("revokedBy")
                        .asString())
                .isEqualTo(ACTOR);
        assertThat(rows("SELECT action || ' ' || actor || ' ' || source FROM audit_trail"
                        + " WHERE action LIKE 'token.%' ORDER BY seq"))
                .containsExactly("token.create " + ACTOR + " cli", "token.revoke " + ACTOR + " cli");
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
