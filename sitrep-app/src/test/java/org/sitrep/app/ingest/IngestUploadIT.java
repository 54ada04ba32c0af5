package org.sitrep.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.security.ApiTokens;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.Users;
import org.sitrep.app.server.Api;
import org.sitrep.app.server.SitrepServer;
import org.sitrep.core.store.Migrations;
import org.sitrep.ingest.store.Store;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Feed files uploaded to the server: ingested as a job on the server's store while other clients read, with the
 * runs, counts and rejects to be seen afterwards, an upload too large refused, and the store intact afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestUploadIT {

    /** Records of the large upload: enough that the figures are read many times while it is ingested. */
    private static final int RECORDS = 30_000;

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private Api api;
    private String analyst;
    private String viewer;

    @BeforeAll
    void start() throws Exception {
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data))) {
            Migrations.migrate(connection);
        }
        server = SitrepServer.start(
                new SitrepServer.Settings(data, "127.0.0.1", 0), "--sitrep.ingest.max-upload-size=8MB");
        api = new Api(server);
        server.getBean(Users.class).add("ann", "a long enough password", Role.ANALYST, null);
        server.getBean(Users.class).add("vera", "a long enough password", Role.VIEWER, null);
        analyst = server.getBean(ApiTokens.class)
                .create("ann", Role.ANALYST, "t", null)
                .secret();
        viewer = server.getBean(ApiTokens.class)
                .create("vera", Role.VIEWER, "t", null)
                .secret();
    }

    @AfterAll
    void stop() {
        if (server.isActive()) {
            server.close();
        }
    }

    /** IntelMQ events of week 2024-W45, each from another address; every tenth line one that is rejected. */
    private static byte[] feed(int records, int rejectEvery) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records; i++) {
            String ip = (rejectEvery > 0 && i % rejectEvery == rejectEvery - 1)
                    ? "not-an-address"
                    : "36." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255);
            lines.append("{\"feed.name\":\"upload-test\",\"time.source\":\"2024-11-05T0")
                    .append(i % 10)
                    .append(":00:00+00:00\",\"classification.type\":\"infected-system\",")
                    .append("\"classification.identifier\":\"andromeda\",\"source.ip\":\"")
                    .append(ip)
                    .append("\",\"source.geolocation.cc\":\"CN\"}\n");
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode awaitJob(String id) throws Exception {
        while (true) {
            JsonNode job = api.json("/api/v1/jobs/" + id, analyst);
            String state = job.path("state").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return job;
            }
            Thread.sleep(50);
        }
    }

    @Test
    @Order(1)
    void anUploadIsIngestedWhileAnotherClientReadsTheFigures() throws Exception {
        byte[] file = feed(RECORDS, 0);
        HttpResponse<String> accepted =
                api.postFiles("/api/v1/ingest", analyst, new String[] {"sinkhole.jsonl"}, new byte[][] {file});
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String job = Api.JSON.readTree(accepted.body()).path("id").asString();

        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture<List<Integer>> reader = CompletableFuture.supplyAsync(() -> {
            List<Integer> statuses = new ArrayList<>();
            try {
                while (!done.get()) {
                    statuses.add(
                            api.get("/api/v1/weeks/2024-W45/figures", viewer).statusCode());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return statuses;
        });
        JsonNode finished = awaitJob(job);
        done.set(true);
        List<Integer> statuses = reader.get();

        assertThat(finished.path("state").asString()).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(finished.path("done").asLong()).isEqualTo(RECORDS);
        JsonNode result = finished.path("result");
        assertThat(result.path("failed").asBoolean()).isFalse();
        assertThat(result.path("files")).hasSize(1);
        JsonNode counted = result.path("files").get(0);
        assertThat(counted.path("file").asString()).isEqualTo("sinkhole.jsonl");
        assertThat(counted.path("status").asString()).isEqualTo("completed");
        assertThat(counted.path("counts").path("accepted").asLong()).isEqualTo(RECORDS);
        assertThat(statuses).isNotEmpty().containsOnly(200);

        JsonNode run = api.json("/api/v1/ingest/runs/" + counted.path("runId").asLong(), analyst);
        assertThat(run.path("status").asString()).isEqualTo("completed");
        assertThat(run.path("counts").path("read").asLong()).isEqualTo(RECORDS);
        assertThat(run.path("counts").path("accepted").asLong()).isEqualTo(RECORDS);
        JsonNode figures = api.json("/api/v1/weeks/2024-W45/figures", viewer);
        assertThat(figures.toString()).contains(String.valueOf(RECORDS));
        assertThat(api.json("/api/v1/events/facets?by=feed&week=2024-W45", analyst)
                        .path("feed")
                        .toString())
                .isEqualTo("[{\"value\":\"upload-test\",\"events\":" + RECORDS + "}]");
        // the completed file's spooled copy is gone: its content is in the store
        try (Stream<Path> left = Files.walk(data.resolve("uploads"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(server.getBean(AuditTrail.class).after(0, "ingest.upload", 10))
                .anySatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("ann");
                    assertThat(entry.target()).isEqualTo("sinkhole.jsonl");
                    assertThat(entry.detail()).startsWith("job " + job);
                });
    }

    @Test
    @Order(2)
    void theSameFileAgainAddsNothingAndSeveralFilesAreCountedEachOnItsOwn() throws Exception {
        HttpResponse<String> accepted =
                api.postFiles("/api/v1/ingest", analyst, new String[] {"sinkhole.jsonl", "mixed.jsonl"}, new byte[][] {
                    feed(RECORDS, 0), feed(40, 10)
                });
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode result = awaitJob(Api.JSON.readTree(accepted.body()).path("id").asString())
                .path("result");
        assertThat(result.path("files").get(0).path("status").asString()).isEqualTo("already_ingested");
        JsonNode mixed = result.path("files").get(1);
        assertThat(mixed.path("counts").path("read").asLong()).isEqualTo(40);
        assertThat(mixed.path("counts").path("rejected").asLong()).isEqualTo(4);
        // the first 40 addresses were stored by the first upload: the valid ones are duplicates
        assertThat(mixed.path("counts").path("duplicate").asLong()).isEqualTo(36);

        long run = mixed.path("runId").asLong();
        JsonNode rejects = api.json("/api/v1/ingest/runs/" + run + "/rejects", analyst);
        assertThat(rejects.path("items")).hasSize(4);
        JsonNode first = rejects.path("items").get(0);
        assertThat(first.path("file").asString()).endsWith("mixed.jsonl");
        assertThat(first.path("line").asLong()).isEqualTo(10);
        assertThat(first.path("field").asString()).isEqualTo("source.ip");
        assertThat(first.path("code").asString()).isNotBlank();
        assertThat(api.json("/api/v1/ingest/runs", analyst)
                        .path("items")
                        .get(0)
                        .path("id")
                        .asLong())
                .isEqualTo(run);
    }

    @Test
    @Order(3)
    void refusesAnUploadLargerThanConfiguredWith413() throws Exception {
        byte[] large = new byte[9 * 1024 * 1024];
        HttpResponse<String> response =
                api.postFiles("/api/v1/ingest", analyst, new String[] {"large.jsonl"}, new byte[][] {large});
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Api.JSON.readTree(response.body()).path("type").asString())
                .as(response.body())
                .isEqualTo("/problems/upload-too-large");
    }

    @Test
    @Order(4)
    void refusesAnUploadWithoutFilesOrWithAnUnknownFormatAndAViewer() throws Exception {
        assertThat(api.postJson("/api/v1/ingest", analyst, "{}").statusCode()).isIn(400, 415);
        HttpResponse<String> unknown = api.postFiles(
                "/api/v1/ingest?format=no-such-format", analyst, new String[] {"a.csv"}, new byte[][] {{'a'}});
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(unknown.body()).path("detail").asString()).contains("no-such-format");
        assertThat(api.postFiles("/api/v1/ingest", viewer, new String[] {"a.csv"}, new byte[][] {{'a'}})
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/ingest/runs/999", analyst).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/ingest/runs", viewer).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void countsTheRecordsByOutcomeInTheMetrics() {
        var meters = server.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        assertThat(meters.counter("sitrep.ingest.records", "outcome", "accepted")
                        .count())
                .isEqualTo(RECORDS);
        assertThat(meters.counter("sitrep.ingest.records", "outcome", "duplicate")
                        .count())
                .isEqualTo(36);
        assertThat(meters.counter("sitrep.ingest.records", "outcome", "rejected")
                        .count())
                .isEqualTo(4);
    }

    @Test
    @Order(6)
    void theStoreReopensIntactOnceTheServerStops() throws Exception {
        server.close();
        try (Store store = Store.open(data);
                Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT count(*), count(DISTINCT dedup_key) FROM events WHERE feed_name = 'upload-test'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(RECORDS);
            assertThat(rows.getLong(2)).isEqualTo(RECORDS);
        }
    }
}
