package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests 10^5 records in a JVM whose heap (64 MB) is far smaller than the records would take held at once: the
 * pipeline must stream. The child prints its rate, which the test shows but does not judge.
 */
class StreamingIngestIT {

    private static final int RECORDS = 100_000;

    @TempDir
    Path dir;

    @Test
    void ingestsAnInputMuchLargerThanTheHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx64m",
                        "--enable-native-access=ALL-UNNAMED",
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StreamingIngestMain.class.getName(),
                        dir.toString(),
                        String.valueOf(RECORDS)))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        System.out.println(output);

        assertThat(exit).as(output).isZero();
        // 100,000 lines repeat events 0..7499 from different feeds: 7,500 observations, the rest duplicates
        assertThat(output)
                .contains("generated.jsonl: 100000 read, 7500 accepted, 92500 duplicate, 0 skipped, 0 rejected");
    }
}
