package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.server.ServerMarker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sitrep serve} in a process of its own, configured by {@code sitrep.yaml} and {@code SITREP_*} variables:
 * log lines as JSON, one per event, nothing secret in them, and a clean stop on SIGTERM.
 */
class ServeCommandIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void servesWithJsonLogLinesAndStopsCleanlyOnSigterm() throws Exception {
        Files.writeString(data.resolve("sitrep.yaml"), "server:\n  bind: 127.0.0.1\n  log_format: plain\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.sitrep.app.cli.SitrepCommand",
                "--data",
                data.toString(),
                "serve"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SITREP_LOG_FORMAT", "json"); // the variable comes before sitrep.yaml
        builder.environment().put("SITREP_PORT", "0");
        Path output = data.resolve("serve.out");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        StringBuilder said = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                said.append(line).append('\n');
                if (line.startsWith("sitrep: serving ")) {
                    break;
                }
            }
            assertThat(ServerMarker.running(data)).as(said.toString()).isPresent();
            process.destroy(); // SIGTERM: the graceful shutdown
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        String errors = said.toString();
        List<String> out = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(out).isNotEmpty().allSatisfy(line -> {
            JsonNode event = JSON.readTree(line);
            assertThat(event.has("@timestamp")).as(line).isTrue();
            assertThat(event.path("log").path("level").asString()).as(line).isNotBlank();
        });
        String password = errors.replaceAll("(?s).*with the password (\\S+).*", "$1");
        assertThat(password).isNotEqualTo(errors).hasSizeGreaterThan(12);
        assertThat(String.join("\n", out))
                .contains("Tomcat started")
                .doesNotContain(password)
                .doesNotContain("generated security password");
        assertThat(errors).contains("sitrep: serving http://127.0.0.1:");
        assertThat(process.exitValue()).isIn(0, 143);
        assertThat(data.resolve(ServerMarker.FILE_NAME)).doesNotExist();
    }
}
