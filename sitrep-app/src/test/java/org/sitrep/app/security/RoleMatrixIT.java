package org.sitrep.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.organisations.Organisations;
import org.sitrep.app.server.SitrepServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI document, called with a token of every role: 403 exactly for the roles that
 * {@code access-matrix.tsv} does not allow, and 401 without a token. An operation without a row fails, as does a
 * row without an operation, and so does a handler method without {@code @PreAuthorize}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    /** A method and path as the OpenAPI document names them: {@code POST /api/v1/users/{name}/disable}. */
    record Operation(String method, String path) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** What a viewer may still change: its own account and tokens. Everything else it may only read. */
    private static final Set<String> SELF_SERVICE = Set.of("/api/v1/me", "/api/v1/tokens");

    /**
     * Not changes though not GETs: a render job makes a draft's PDF to read (it writes nothing published, and a
     * viewer may read every draft).
     */
    private static final Set<String> READS_AS_JOBS = Set.of("/api/v1/bulletins/{week}/renders");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path data;

    private ConfigurableApplicationContext server;
    private String base;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Operation, JsonNode> operations = new LinkedHashMap<>();
    private final Map<Operation, Set<Role>> matrix = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        server = SitrepServer.start(new SitrepServer.Settings(data, "127.0.0.1", 0));
        base = "http://127.0.0.1:"
                + ((WebServerApplicationContext) server).getWebServer().getPort();
        server.getBean(Organisations.class).add("matrix-org", "Matrix Registrar", Organisations.Kind.REGISTRAR, "CN");
        Users users = server.getBean(Users.class);
        ApiTokens apiTokens = server.getBean(ApiTokens.class);
        for (Role role : Role.values()) {
            String name = "matrix-" + role.id();
            users.add(name, "a long password of " + role.id(), role, role == Role.PARTNER ? "matrix-org" : null);
            tokens.put(role, apiTokens.create(name, role, "matrix", null).secret());
        }
        JsonNode document = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")), null)
                .body());
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> operations.put(
                                new Operation(operation.getKey().toUpperCase(), path.getKey()), operation.getValue())));
        matrix.putAll(readMatrix());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyOperationHasARow() {
        assertThat(operations).isNotEmpty();
        assertThat(new TreeSet<>(operations.keySet()))
                .as("operations of /v3/api-docs without a row in access-matrix.tsv")
                .allSatisfy(operation -> assertThat(matrix).containsKey(operation));
    }

    @Test
    void everyRowHasAnOperation() {
        assertThat(new TreeSet<>(matrix.keySet()))
                .as("rows of access-matrix.tsv without an operation in /v3/api-docs")
                .allSatisfy(operation -> assertThat(operations).containsKey(operation));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGets403ExactlyWhereTheMatrixSaysSo() {
        return operations.keySet().stream()
                .filter(matrix::containsKey)
                .flatMap(operation -> Arrays.stream(Role.values())
                        .map(role -> DynamicTest.dynamicTest(operation + " as " + role.id(), () -> {
                            int status = call(operation, tokens.get(role)).statusCode();
                            if (matrix.get(operation).contains(role)) {
                                assertThat(status)
                                        .as(operation + " as " + role.id() + " is allowed")
                                        .isNotIn(401, 403)
                                        .isLessThan(500);
                            } else {
                                assertThat(status)
                                        .as(operation + " as " + role.id() + " is forbidden")
                                        .isEqualTo(403);
                            }
                        })));
    }

    @TestFactory
    Stream<DynamicTest> withoutATokenEveryOperationIs401() {
        return operations.keySet().stream()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
                    HttpResponse<String> response = call(operation, null);
                    assertThat(response.statusCode()).isEqualTo(401);
                    assertThat(JSON.readTree(response.body()).path("type").asString())
                            .isEqualTo("/problems/unauthenticated");
                }));
    }

    @TestFactory
    Stream<DynamicTest> aViewerChangesNothingButItsOwnAccount() {
        return operations.keySet().stream()
                .filter(operation -> !operation.method().equals("GET"))
                .filter(operation -> SELF_SERVICE.stream().noneMatch(operation.path()::startsWith))
                .filter(operation -> !READS_AS_JOBS.contains(operation.path()))
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
                    assertThat(matrix.getOrDefault(operation, Set.of()))
                            .as("access-matrix.tsv lets a viewer " + operation)
                            .doesNotContain(Role.VIEWER);
                    assertThat(call(operation, tokens.get(Role.VIEWER)).statusCode())
                            .isEqualTo(403);
                }));
    }

    @Test
    void everyHandlerMethodSaysWhoMayCallIt() {
        RequestMappingHandlerMapping mapping =
                server.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> ours = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("org.sitrep.app")) {
                return; // Spring's and springdoc's own (the error page, the API document)
            }
            Method method = handler.getMethod();
            String name = handler.getBeanType().getSimpleName() + "." + method.getName();
            ours.add(name);
            if (!AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)) {
                unguarded.add(name);
            }
        });
        assertThat(ours).contains("UsersController.list", "TokensController.revoke", "WeeksController.figures");
        assertThat(unguarded).as("handler methods without @PreAuthorize").isEmpty();
    }

    private HttpResponse<String> call(Operation operation, String token) throws IOException, InterruptedException {
        String path = operation.path().replaceAll("\\{[^}]+}", "matrix-probe");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        JsonNode content = operations.get(operation).path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            String boundary = "sitrep-matrix-boundary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\none line\r\n--" + boundary + "--\r\n";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        } else if (!content.isMissingNode()) {
            request.header("Content-Type", "application/json")
                    .method(operation.method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        return send(request, token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<Operation, Set<Role>> readMatrix() throws IOException {
        Map<Operation, Set<Role>> rows = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixIT.class.getResourceAsStream("access-matrix.tsv")) {
            assertThat(in).as("access-matrix.tsv").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                assertThat(fields)
                        .as("access-matrix.tsv line " + number + ": three tab-separated fields")
                        .hasSize(3);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                for (String role : fields[2].split(",")) {
                    roles.add(Role.of(role));
                }
                Operation operation = new Operation(fields[0].strip(), fields[1].strip());
                assertThat(rows.put(operation, roles))
                        .as("access-matrix.tsv line " + number + ": a second row for " + operation)
                        .isNull();
            }
        }
        return rows;
    }
}
