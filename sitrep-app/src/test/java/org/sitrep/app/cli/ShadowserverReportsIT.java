package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.feeds.shadowserver.ShadowserverSchema;

/**
 * A directory of Shadowserver reports: the reports of the schema are ingested as the schema classifies them, the
 * reports it does not have are refused as {@code unknown-report} (never guessed as infections), and the schema
 * itself can be updated from a server.
 */
class ShadowserverReportsIT {

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.plain();

    @Test
    void ingestsTheKnownReportsAndRefusesTheUnknownOnesWhole() throws Exception {
        Path reports = Path.of(getClass().getResource("shadowserver-reports").toURI());

        // the unknown reports' files fail their run (every record rejected); the others are ingested
        assertThat(sitrep.run("--data", data.toString(), "ingest", reports.toString()))
                .isEqualTo(1);

        assertThat(sitrep.out())
                .contains("2026-11-23-event4_sinkhole_http-example-geo.csv: 2 read, 2 accepted, 0 duplicate, 0"
                        + " skipped, 0 rejected [shadowserver]")
                .contains("scan_http.csv: 2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected [shadowserver]")
                .contains("2026-11-23-event4_honeypot_ddos.csv: 2 read, 2 accepted, 0 duplicate, 0 skipped, 0"
                        + " rejected [shadowserver]")
                .contains("2026-11-23-event4_honeypot_teapot-example-geo.csv: 2 read, 0 accepted, 0 duplicate, 0"
                        + " skipped, 2 rejected [shadowserver]")
                .contains("2020-06-08-botnet_drone-example-geo.csv: 1 read, 0 accepted, 0 duplicate, 0 skipped, 1"
                        + " rejected [shadowserver]")
                .contains("Shadowserver report event4_honeypot_teapot is not in the schema [unknown-report]");
        assertThat(classifications())
                .containsExactly(
                        "availability/ddos/honeypot-ddos 2",
                        "malicious-code/infected-system/andromeda 1",
                        "malicious-code/infected-system/qsnatch 1",
                        "other/other/accessible-http 2");
    }

    @Test
    void updatesTheSchemaFromAServerAndRefusesOneThatDoesNotParse() throws Exception {
        byte[] schema;
        try (InputStream in = ShadowserverSchema.class.getResourceAsStream("intelmq.json")) {
            schema = in.readAllBytes();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/v1/schema", schema);
        serve(server, "/broken", "[1, 2".getBytes(StandardCharsets.UTF_8));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            assertThat(sitrep.run(
                            "--data", data.toString(), "shadowserver-schema", "update", "--url", base + "/v1/schema"))
                    .as(sitrep.err())
                    .isZero();
            Path fetched = data.resolve("shadowserver/intelmq.json");
            assertThat(sitrep.out()).contains(fetched + ": 170 report types, " + schema.length + " bytes from ");
            assertThat(Files.readAllBytes(fetched)).isEqualTo(schema);

            assertThat(sitrep.run(
                            "--data", data.toString(), "shadowserver-schema", "update", "--url", base + "/broken"))
                    .isEqualTo(1);
            assertThat(sitrep.err()).startsWith("sitrep: refused, the schema in use is unchanged: " + base + "/broken");
            assertThat(Files.readAllBytes(fetched)).isEqualTo(schema);

            sitrep.clearOut();
            assertThat(sitrep.run("--data", data.toString(), "shadowserver-schema"))
                    .isZero();
            assertThat(sitrep.out()).isEqualTo(fetched + ": 170 report types" + System.lineSeparator());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aConfiguredSchemaThatIsMissingIsAnErrorNotAFallback() throws Exception {
        Files.writeString(data.resolve("sitrep.yaml"), "feeds:\n  shadowserver:\n    schema: nowhere.json\n");
        Path reports = Path.of(getClass().getResource("shadowserver-reports").toURI());

        assertThat(sitrep.run("--data", data.toString(), "ingest", reports.toString()))
                .isEqualTo(2);
        assertThat(sitrep.err()).contains("nowhere.json: no such file (sitrep.yaml, feeds.shadowserver.schema)");
        assertThat(data.resolve("sitrep.duckdb")).doesNotExist();
    }

    private static void serve(HttpServer server, String path, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(body);
            }
        });
    }

    private List<String> classifications() throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT classification_taxonomy, classification_type,"
                        + " classification_identifier, count(*) FROM events GROUP BY ALL ORDER BY ALL")) {
            while (rows.next()) {
                lines.add(
                        rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + " " + rows.getLong(4));
            }
        }
        return lines;
    }
}
