package org.sitrep.ingest.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Progress for people: on a terminal one line redrawn in place (records, records per second, share of bytes);
 * elsewhere (logs, pipes) a line every five seconds. Each file ends with its summary line.
 */
public final class ConsoleProgress implements ProgressListener {

    private static final long TERMINAL_INTERVAL_NANOS = 250_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private @Nullable Path currentFile;
    private long fileStart;
    private long lastPrint;
    private boolean lineOpen;

    public ConsoleProgress(PrintWriter out, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** Progress on standard output, redrawn in place when a console is attached. */
    public static ConsoleProgress onStandardOutput() {
        return new ConsoleProgress(new PrintWriter(System.out, true), System.console() != null, System::nanoTime);
    }

    @Override
    public void progress(Path file, long records, long bytesRead, long totalBytes) {
        long now = nanoTime.getAsLong();
        if (!file.equals(currentFile)) {
            currentFile = file;
            fileStart = now;
            lastPrint = now;
        }
        if (now - lastPrint < (terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max(1e-9, (now - fileStart) / 1e9);
        String line = String.format(
                "%s: %,d records, %,.0f records/s, %d%%",
                file.getFileName(),
                records,
                records / seconds,
                totalBytes <= 0 ? 0 : Math.min(100, bytesRead * 100 / totalBytes));
        if (terminal) {
            out.print("\r" + line + "\033[K");
            lineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public void finished(FileSummary summary) {
        if (lineOpen) {
            out.print("\r\033[K");
            lineOpen = false;
        }
        currentFile = null;
        out.println(summary.line());
        out.flush();
    }
}
