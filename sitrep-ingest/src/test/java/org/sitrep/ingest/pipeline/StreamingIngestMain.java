package org.sitrep.ingest.pipeline;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.ingest.store.Store;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingIngestIT}: writes {@code args[1]} IntelMQ lines to a
 * file in {@code args[0]}, ingests it and prints the summary and the rate.
 */
public final class StreamingIngestMain {
    private StreamingIngestMain() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        Path file = dir.resolve("generated.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records; i++) {
                out.write(IntelMqLines.event(i % 7500, "feed-" + (i / 7500))
                        .replace("event ", "padding to look like a real feed record " + i + " "));
                out.newLine();
            }
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            long start = System.nanoTime();
            FileSummary summary = IngestPipeline.withDefaults(store).ingestFile(file);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(summary.line());
            System.out.printf(
                    "rate: %.0f records/s (%d records, %d bytes, %.1f s, max heap %d MB)%n",
                    records / seconds,
                    records,
                    Files.size(file),
                    seconds,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
