package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.store.RunCounts;
import org.sitrep.ingest.store.Store;

/**
 * Seeded mutations of every feed fixture (bytes flipped, lines cut, doubled, swapped or dropped, the file truncated,
 * noise and long runs inserted, the whole gzip-compressed), each ingested as a file of its own: no input stops the
 * pipeline, and every file's records are all accounted for (read = accepted + updated + duplicate + skipped +
 * rejected). {@value #DEFAULT_INPUTS} inputs in every test run, {@code -Pnightly} many more
 * ({@code sitrep.fuzz.inputs}).
 */
class FuzzedInputsIT {

    private static final int DEFAULT_INPUTS = 1000;
    private static final long SEED = 2026_12_04L;

    @TempDir
    Path dir;

    @Test
    void everyMutatedFileIsAccountedForRecordByRecord() throws Exception {
        List<Path> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThan(25);
        int inputs = Integer.getInteger("sitrep.fuzz.inputs", DEFAULT_INPUTS);
        Random random = new Random(SEED);
        List<String> unbalanced = new ArrayList<>();
        int failed = 0;
        try (Store store = Store.open(dir.resolve("data"))) {
            IngestPipeline pipeline = pipeline(store);
            for (int i = 0; i < inputs; i++) {
                Path fixture = fixtures.get(random.nextInt(fixtures.size()));
                byte[] mutated = Mutations.apply(Files.readAllBytes(fixture), random);
                Path folder = Files.createDirectories(dir.resolve("input-" + i));
                // the fixture's own name: some formats are told by it (Shadowserver's report type)
                Path file = Files.write(folder.resolve(fixture.getFileName()), mutated);
                FileSummary summary = pipeline.ingest(List.of(file)).files().getFirst();
                RunCounts counts = summary.counts();
                long accounted = counts.accepted()
                        + counts.updated()
                        + counts.duplicate()
                        + counts.skipped()
                        + counts.rejected();
                if (summary.status() != FileSummary.Status.ALREADY_INGESTED && counts.read() != accounted) {
                    unbalanced.add(fixture.getFileName() + " #" + i + ": " + summary.line());
                    keep(file, i);
                }
                if (summary.status() == FileSummary.Status.FAILED) {
                    failed++;
                    assertThat(summary.message())
                            .as(summary.line())
                            .isNotBlank()
                            .doesNotContain("\n");
                }
                Files.delete(file);
            }
        }
        assertThat(unbalanced).isEmpty();
        assertThat(failed).as("some mutations must break a file").isPositive();
    }

    /** A mutation that broke the accounting stays in target/fuzz-failures, to be read again by hand. */
    private static void keep(Path file, int input) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "fuzz-failures", "input-" + input));
        Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static IngestPipeline pipeline(Store store) throws SQLException {
        return new IngestPipeline(
                store,
                FormatRegistry.load(),
                List.of(),
                IngestSettings.defaults().withBatchSize(500),
                ProgressListener.NONE,
                Clock.systemUTC());
    }

    /** The feed fixtures of every format (not the enrichment databases). */
    private static List<Path> fixtures() throws IOException, URISyntaxException {
        Path feeds = Path.of(
                FuzzedInputsIT.class.getResource("/org/sitrep/ingest/feeds").toURI());
        try (var paths = Files.walk(feeds)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The mutations, each a small change a broken export, a transfer or a hostile sender could make. */
    static final class Mutations {
        private Mutations() {}

        static byte[] apply(byte[] original, Random random) throws IOException {
            byte[] bytes = original;
            int rounds = 1 + random.nextInt(3);
            for (int round = 0; round < rounds; round++) {
                bytes = once(bytes, random);
            }
            return random.nextInt(10) == 0 ? gzip(bytes) : bytes;
        }

        private static byte[] once(byte[] bytes, Random random) {
            if (bytes.length == 0) {
                return "x\n".getBytes(StandardCharsets.US_ASCII);
            }
            return switch (random.nextInt(9)) {
                case 0 -> flipBytes(bytes, random);
                case 1 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                case 2 -> lines(bytes, random, Edit.DOUBLE);
                case 3 -> lines(bytes, random, Edit.DROP);
                case 4 -> lines(bytes, random, Edit.SWAP);
                case 5 -> insert(bytes, random, noise(random, 1 + random.nextInt(64)));
                case 6 ->
                    insert(bytes, random, "\"".repeat(1 + random.nextInt(3)).getBytes(StandardCharsets.UTF_8));
                case 7 ->
                    insert(bytes, random, "\n".repeat(1 + random.nextInt(2000)).getBytes(StandardCharsets.UTF_8));
                default ->
                    insert(bytes, random, "A".repeat(random.nextInt(100_000)).getBytes(StandardCharsets.UTF_8));
            };
        }

        private enum Edit {
            DOUBLE,
            DROP,
            SWAP
        }

        private static byte[] flipBytes(byte[] bytes, Random random) {
            byte[] copy = bytes.clone();
            int flips = 1 + random.nextInt(8);
            for (int i = 0; i < flips; i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            }
            return copy;
        }

        private static byte[] lines(byte[] bytes, Random random, Edit edit) {
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
            int at = random.nextInt(lines.size());
            switch (edit) {
                case DOUBLE -> lines.add(at, lines.get(at));
                case DROP -> lines.remove(at);
                case SWAP -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] noise(Random random, int length) {
            byte[] noise = new byte[length];
            random.nextBytes(noise);
            return noise;
        }

        private static byte[] insert(byte[] bytes, Random random, byte[] inserted) {
            int at = random.nextInt(bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + inserted.length);
            out.write(bytes, 0, at);
            out.write(inserted, 0, inserted.length);
            out.write(bytes, at, bytes.length - at);
            return out.toByteArray();
        }

        private static byte[] gzip(byte[] bytes) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(bytes);
            }
            return out.toByteArray();
        }
    }
}
