package org.sitrep.bench.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.bench.scale.SyntheticStore;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.Store;

/**
 * The server under load on loopback: {@code sitrep serve} started as its own process on a store (the demo's, or a
 * synthetic one of N events built in SQL), a token made for an analyst, then C clients for S seconds calling the
 * figures, the events search (five kinds of filter) and the case list in turn, after a warm-up that is not counted.
 * Prints throughput, p50, p99 and the worst latency per endpoint, and the errors (anything but 200).
 *
 * <p>Usage: {@code run serve DATA_DIR --sitrep ./sitrep [--events N] [--clients 50] [--seconds 60] [--warmup 10]
 * [--mix figures,events,cases]}. With {@code --events N} a store that does not exist yet is filled with N synthetic
 * events and 5,000 cases.
 */
public final class ServeLoadRun {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final IsoWeek SYNTHETIC_LAST_WEEK = new IsoWeek(2026, 47);

    /** What one endpoint saw: latencies of the answered calls and the failures. */
    private static final class Tally {
        final List<Long> nanos = new ArrayList<>();
        final AtomicLong errors = new AtomicLong();
        final Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();

        synchronized void add(long elapsed) {
            nanos.add(elapsed);
        }

        void error(String kind) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private ServeLoadRun() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: run serve DATA_DIR --sitrep ./sitrep [--events N] [--clients 50]"
                    + " [--seconds 60] [--warmup 10] [--mix figures,events,cases]");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Map<String, String> options = options(args);
        String sitrep = options.getOrDefault("sitrep", "./sitrep");
        int clients = Integer.parseInt(options.getOrDefault("clients", "50"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        List<String> mix =
                List.of(options.getOrDefault("mix", "figures,events,cases").split(","));
        if (options.containsKey("events") && !Files.exists(data.resolve(Store.FILE_NAME))) {
            fill(data, (long) Double.parseDouble(options.get("events")));
        }
        Targets targets;
        String token;
        try (Connection connection = DriverManager.getConnection(Store.jdbcUrl(data))) {
            Migrations.migrate(connection);
            targets = Targets.sample(connection, ZONE);
            token = token(connection);
            System.err.printf(
                    "store: %,d events, %,d cases; week %s%n",
                    count(connection, "events"), count(connection, "cases"), targets.week());
        }
        int port = freePort();
        Path log = data.resolve("serve-load.log");
        Process server = new ProcessBuilder(sitrep, "--data", data.toString(), "serve", "--port", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            awaitHealth(http, base, server, log);
            System.err.printf("warm-up: %d clients for %d s%n", clients, warmup);
            run(http, base, token, targets, mix, clients, warmup);
            System.err.printf("measuring: %d clients for %d s, mix %s%n", clients, seconds, mix);
            Map<String, Tally> tallies = run(http, base, token, targets, mix, clients, seconds);
            report(tallies, seconds);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Map<String, Tally> run(
            HttpClient http, String base, String token, Targets targets, List<String> mix, int clients, int seconds)
            throws InterruptedException {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String endpoint : targets.endpoints(mix)) {
            tallies.put(endpoint, new Tally());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int client = 0; client < clients; client++) {
            int first = client;
            Thread.ofPlatform().name("client-" + client).start(() -> {
                try {
                    for (long call = first; System.nanoTime() < deadline; call++) {
                        Targets.Call target = targets.call(mix, call);
                        Tally tally = java.util.Objects.requireNonNull(tallies.get(target.endpoint()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + target.path()))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(60))
                                .build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            long elapsed = System.nanoTime() - start;
                            if (response.statusCode() == 200) {
                                tally.add(elapsed);
                            } else {
                                tally.error("HTTP " + response.statusCode());
                            }
                        } catch (IOException failure) {
                            tally.error(failure.getClass().getSimpleName());
                        }
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        return tallies;
    }

    private static void report(Map<String, Tally> tallies, int seconds) {
        System.out.printf(
                "%-42s %9s %9s %9s %9s %9s %7s%n",
                "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors");
        long all = 0;
        long errors = 0;
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            List<Long> nanos = new ArrayList<>(entry.getValue().nanos);
            nanos.sort(null);
            all += nanos.size();
            errors += entry.getValue().errors.get();
            System.out.printf(
                    "%-42s %9d %9.1f %9.1f %9.1f %9.1f %7d %s%n",
                    entry.getKey(),
                    nanos.size(),
                    nanos.size() / (double) seconds,
                    percentile(nanos, 0.50),
                    percentile(nanos, 0.99),
                    nanos.isEmpty() ? 0.0 : nanos.getLast() / 1e6,
                    entry.getValue().errors.get(),
                    entry.getValue().errorKinds.isEmpty() ? "" : entry.getValue().errorKinds);
        }
        System.out.printf("total: %d requests, %.1f req/s, %d errors%n", all, all / (double) seconds, errors);
    }

    private static double percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A synthetic store of {@code events} events (SyntheticStore) and 5,000 cases; prints how long it took. */
    private static void fill(Path data, long events) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = SyntheticStore.open(data, events, SYNTHETIC_LAST_WEEK, ZONE);
                PreparedStatement cases = connection.prepareStatement(read("fill-cases.sql"))) {
            cases.setTimestamp(1, UtcColumns.timestamp(SYNTHETIC_LAST_WEEK.end(ZONE)));
            cases.setLong(2, 0);
            cases.setLong(3, 5_000);
            cases.executeUpdate();
        }
        System.err.printf("filled %,d events and 5,000 cases in %.0f s%n", events, (System.nanoTime() - start) / 1e9);
    }

    /** Makes the load run's analyst and a token for it in the store, as the server keeps them. */
    private static String token(Connection connection) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = "sitrep_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String user = "load-" + HexFormat.of().formatHex(random, 0, 4);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (PreparedStatement users = connection.prepareStatement(read("insert-user.sql"));
                PreparedStatement tokens = connection.prepareStatement(read("insert-token.sql"))) {
            users.setString(1, user);
            users.setString(2, "analyst");
            users.setTimestamp(3, now);
            users.executeUpdate();
            tokens.setString(1, "tok_" + user);
            tokens.setString(
                    2,
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(secret.getBytes(StandardCharsets.UTF_8))));
            tokens.setString(3, user);
            tokens.setString(4, "analyst");
            tokens.setTimestamp(5, now);
            tokens.executeUpdate();
        }
        return secret;
    }

    private static void awaitHealth(HttpClient http, String base, Process server, Path log) throws Exception {
        Instant give = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(give)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server ended; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not answer within 300 s; see " + log);
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option VALUE, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String read(String name) {
        try (InputStream in = ServeLoadRun.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
