package org.sitrep.ingest.pipeline;

import java.util.List;
import org.sitrep.ingest.store.RunCounts;

/** The summaries of one ingest call, one per input file, in order. */
public record IngestReport(List<FileSummary> files) {

    public IngestReport {
        files = List.copyOf(files);
    }

    public RunCounts totals() {
        return files.stream().map(FileSummary::counts).reduce(RunCounts.NONE, RunCounts::plus);
    }

    public boolean failed() {
        return files.stream().anyMatch(file -> file.status() == FileSummary.Status.FAILED);
    }

    /** {@code total: 2 files, 2000 read, …}. */
    public String totalLine() {
        return "total: " + files.size() + (files.size() == 1 ? " file, " : " files, ")
                + FileSummary.countsText(totals());
    }
}
