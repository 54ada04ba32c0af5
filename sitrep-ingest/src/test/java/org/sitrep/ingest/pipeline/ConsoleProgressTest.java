package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.store.RunCounts;

class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final Path file = Path.of("feed.jsonl");

    private FileSummary done() {
        return new FileSummary(
                file,
                FileSummary.Status.COMPLETED,
                1L,
                "intelmq-jsonl",
                new RunCounts(9000, 9000, 0, 0, 0, 0),
                List.of(),
                null);
    }

    @Test
    void withoutATerminalPrintsALineEveryFiveSecondsThenTheSummary() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, now::get);

        progress.progress(file, 0, 0, 1000);
        now.set(4 * SECOND);
        progress.progress(file, 4000, 400, 1000);
        now.set(5 * SECOND);
        progress.progress(file, 5000, 500, 1000);
        progress.finished(done());

        assertThat(text.toString().lines())
                .containsExactly(
                        "feed.jsonl: 5,000 records, 1,000 records/s, 50%",
                        "feed.jsonl: 9000 read, 9000 accepted, 0 duplicate, 0 skipped, 0 rejected [intelmq-jsonl]");
    }

    @Test
    void onATerminalRedrawsOneLineInPlace() {
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), true, now::get);

        progress.progress(file, 0, 0, 1000);
        now.set(SECOND);
        progress.progress(file, 2000, 250, 1000);
        now.set(2 * SECOND);
        progress.progress(file, 4000, 500, 1000);
        progress.finished(done());

        assertThat(text.toString())
                .isEqualTo("\rfeed.jsonl: 2,000 records, 2,000 records/s, 25%\033[K"
                        + "\rfeed.jsonl: 4,000 records, 2,000 records/s, 50%\033[K"
                        + "\r\033[K"
                        + "feed.jsonl: 9000 read, 9000 accepted, 0 duplicate, 0 skipped, 0 rejected [intelmq-jsonl]"
                        + System.lineSeparator());
    }
}
