package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sitrep.ingest.pipeline.ConsoleProgress;
import org.sitrep.ingest.pipeline.FileSummary;
import org.sitrep.ingest.pipeline.ProgressListener;

/**
 * An ingest's progress on standard error (redrawn in place on a terminal) and each file's summary line where the
 * command's result goes: standard output for text, standard error beside the progress when the result is JSON.
 */
final class CommandProgress implements ProgressListener {

    private final ConsoleProgress progress;
    private final PrintWriter err;
    private final PrintWriter summaries;
    private final boolean terminal;

    CommandProgress(PrintWriter err, PrintWriter summaries) {
        this.terminal = System.console() != null;
        this.progress = new ConsoleProgress(err, terminal, System::nanoTime);
        this.err = err;
        this.summaries = summaries;
    }

    @Override
    public void progress(Path file, long records, long bytesRead, long totalBytes) {
        progress.progress(file, records, bytesRead, totalBytes);
    }

    @Override
    public void finished(FileSummary summary) {
        if (terminal) {
            err.print("\r\033[K"); // the progress line redrawn in place, cleared before the summary
            err.flush();
        }
        summaries.println(summary.line());
        summaries.flush();
    }
}
