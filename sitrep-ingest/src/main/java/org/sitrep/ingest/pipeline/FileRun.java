package org.sitrep.ingest.pipeline;

import com.google.common.io.CountingInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Case;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.RejectCode;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.RejectRecord;
import org.sitrep.ingest.store.RunCounts;
import org.sitrep.ingest.store.WriteCounts;

/** The reading of one file: its counts, its pending batches and rejects. */
final class FileRun implements AutoCloseable {

    private static final int PROGRESS_EVERY = 4096;

    /**
     * Bytes read from the file but perhaps not yet framed (the stream, decoder and framing buffers): the early stop
     * counts them as still to come, so it never stops a file that could still pass.
     */
    private static final long BUFFERED_SLACK = 1024 * 1024;

    private final Path file;
    private final long runId;
    private final long totalBytes;
    private final IngestSettings settings;
    private final List<Enricher> enrichers;
    private final Sinks sinks;
    private final IngestRuns runs;
    private final ProgressListener progress;
    private final WriteQueue writes = new WriteQueue();
    private List<Event> events = new ArrayList<>();
    private List<Vulnerability> vulnerabilities = new ArrayList<>();
    private List<Case> cases = new ArrayList<>();
    private List<RejectRecord> rejects = new ArrayList<>();
    private final List<RejectRecord> firstRejects = new ArrayList<>();
    private @Nullable CountingInputStream bytes;
    private RunCounts counts = RunCounts.NONE;
    private long expansion = 1;
    private final Instant earliest;
    private final Instant latest;

    FileRun(
            Path file,
            long runId,
            long totalBytes,
            IngestSettings settings,
            List<Enricher> enrichers,
            Sinks sinks,
            IngestRuns runs,
            ProgressListener progress,
            Instant now) {
        this.file = file;
        this.runId = runId;
        this.totalBytes = totalBytes;
        this.settings = settings;
        this.enrichers = enrichers;
        this.sinks = sinks;
        this.runs = runs;
        this.progress = progress;
        this.earliest = now.minus(settings.eventWindow().before()).truncatedTo(ChronoUnit.SECONDS);
        this.latest = now.plus(settings.eventWindow().after()).truncatedTo(ChronoUnit.SECONDS);
    }

    void countBytes(CountingInputStream counted) {
        this.bytes = counted;
    }

    /**
     * Reads every record of one part; {@code part} names it in rejects. Every record takes at least one byte of the
     * part, and one byte of the file makes at most {@code expansion} bytes of the part (1 as stored, 1032 through
     * DEFLATE), so the rest of the file bounds how many records are still to come: reading stops with
     * {@link BoundToFail} as soon as even all of them accepted could not bring the file within its reject ratio.
     * Through more than one layer of compression the bound is too loose to be of use, and the part is read to its end.
     */
    void read(String part, RecordSource source, RecordParser parser, long expansion) throws IOException, SQLException {
        this.expansion = expansion;
        try (source) {
            while (hasNext(part, source)) {
                RawRecord record = source.next();
                counts = counts.plusRead(1);
                take(part, record, parse(parser, record));
                if (counts.read() % PROGRESS_EVERY == 0) {
                    progress.progress(file, counts.read(), bytes == null ? 0 : bytes.getCount(), totalBytes);
                }
            }
        }
    }

    /**
     * Whether the source has another record; a source that cannot go on (a CSV quote never closed, a cell past
     * the reader's buffer) ends the part as unreadable.
     */
    private boolean hasNext(String part, RecordSource source) throws IOException {
        try {
            return source.hasNext();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException unreadable) {
            throw new IOException(
                    part + " is unreadable after " + counts.read() + " records: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private static ParseOutcome parse(RecordParser parser, RawRecord record) {
        try {
            return parser.parse(record);
        } catch (RuntimeException bug) {
            // a parser must not throw; if one does, the record is rejected rather than the file lost
            return new ParseOutcome.Rejected(null, RejectCode.PARSER_ERROR, String.valueOf(bug));
        } catch (StackOverflowError nested) {
            // a record nested past what the parser's recursion can follow: this record is refused, the rest are read
            return new ParseOutcome.Rejected(
                    null,
                    RejectCode.TOO_LARGE,
                    "the record is nested too deeply to be read ("
                            + record.text().length() + " characters)");
        }
    }

    private void take(String part, RawRecord record, ParseOutcome outcome) throws IOException, SQLException {
        switch (outcome) {
            case ParseOutcome.Events parsed -> {
                for (Event event : parsed.events()) {
                    enrich(part, record, event);
                }
            }
            case ParseOutcome.Vulnerabilities parsed -> {
                vulnerabilities.addAll(parsed.vulnerabilities());
                if (vulnerabilities.size() >= settings.batchSize()) {
                    flushVulnerabilities();
                }
            }
            case ParseOutcome.Cases parsed -> {
                cases.addAll(parsed.cases());
                if (cases.size() >= settings.batchSize()) {
                    flushCases();
                }
            }
            case ParseOutcome.Skipped skipped -> counts = counts.plusSkipped(1);
            case ParseOutcome.Rejected rejected -> reject(part, record, rejected);
        }
    }

    private void enrich(String part, RawRecord record, Event parsed) throws IOException, SQLException {
        Instant time = parsed.timeSource();
        if (time.isBefore(earliest) || time.isAfter(latest)) {
            reject(
                    part,
                    record,
                    new ParseOutcome.Rejected(
                            "time.source",
                            RejectCode.TIME_OUT_OF_RANGE,
                            "time.source " + time + " lies outside the accepted window " + earliest + " to " + latest));
            return;
        }
        Event event = parsed;
        try {
            for (Enricher enricher : enrichers) {
                event = enricher.enrich(event);
            }
        } catch (RuntimeException failure) {
            reject(part, record, new ParseOutcome.Rejected(null, RejectCode.ENRICH_FAILED, String.valueOf(failure)));
            return;
        }
        events.add(event);
        if (events.size() >= settings.batchSize()) {
            flushEvents();
        }
    }

    private void reject(String part, RawRecord record, ParseOutcome.Rejected rejected)
            throws IOException, SQLException {
        counts = counts.plusRejected(1);
        keep(new RejectRecord(
                part, record.line(), rejected.field(), rejected.code(), rejected.detail(), record.text()));
        if (cannotMeetRatio()) {
            throw new BoundToFail(String.format(
                    "stopped after %d records: %d rejected, and the at most %d bytes still to read cannot bring the file"
                            + " within the allowed ratio %.2f",
                    counts.read(), counts.rejected(), remainingBytes(), settings.maxRejectRatio()));
        }
    }

    /** Only while the file's size bounds what is to come: counted bytes, through at most one layer of DEFLATE. */
    private boolean cannotMeetRatio() {
        double ratio = settings.maxRejectRatio();
        return ratio < 1
                && bytes != null
                && expansion <= InputParts.DEFLATE_EXPANSION
                && counts.rejected() > ratio * (counts.read() + remainingBytes() + BUFFERED_SLACK);
    }

    /** An upper bound of the part's bytes still to come: the file's, times what decompression can make of them. */
    private long remainingBytes() {
        long fileBytes = Math.max(0, totalBytes - (bytes == null ? 0 : bytes.getCount()))
                + (expansion > 1 ? InputParts.READ_AHEAD : 0);
        return fileBytes * expansion;
    }

    /**
     * A part that could not be read (an entry of no known format, a stream that broke, a reader out of memory): one
     * reject for the part as a whole, so that it is counted and in the reject log, and the file's run fails.
     */
    void partFailed(String part, long line, String code, String detail) throws SQLException {
        counts = counts.plusRead(1).plusRejected(1);
        keep(new RejectRecord(part, line, null, code, detail, null));
    }

    private void keep(RejectRecord reject) throws SQLException {
        if (firstRejects.size() < FileSummary.SHOWN_REJECTS) {
            firstRejects.add(reject);
        }
        rejects.add(reject);
        if (rejects.size() >= settings.batchSize()) {
            flushRejects();
        }
    }

    /** Where the file stops because its reject ratio can no longer be met: the file fails, its rejects are kept. */
    static final class BoundToFail extends IOException {
        BoundToFail(String message) {
            super(message);
        }
    }

    /** Records read so far in this file (the line of a part's failure is told by its reader). */
    long recordsRead() {
        return counts.read();
    }

    /** Writes what is pending and waits until every write of the file is done. */
    void flush() throws SQLException {
        flushEvents();
        counts = counts.plus(writes.submit(sinks::flushEvents));
        flushVulnerabilities();
        flushCases();
        flushRejects();
        counts = counts.plus(writes.drain());
    }

    /*
     * Each flush hands its batch to the write queue and starts a new list: the writer thread owns the old one. The
     * writes run in the order submitted, as they would on this thread.
     */
    private void flushEvents() throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        List<Event> batch = events;
        events = new ArrayList<>();
        counts = counts.plus(writes.submit(() -> sinks.writeEvents(batch, runId)));
    }

    private void flushVulnerabilities() throws SQLException {
        if (vulnerabilities.isEmpty()) {
            return;
        }
        List<Vulnerability> batch = vulnerabilities;
        vulnerabilities = new ArrayList<>();
        counts = counts.plus(writes.submit(() -> sinks.writeVulnerabilities(batch, runId)));
    }

    private void flushCases() throws SQLException {
        if (cases.isEmpty()) {
            return;
        }
        List<Case> batch = cases;
        cases = new ArrayList<>();
        counts = counts.plus(writes.submit(() -> sinks.writeCases(batch, runId)));
    }

    private void flushRejects() throws SQLException {
        if (rejects.isEmpty()) {
            return;
        }
        List<RejectRecord> batch = rejects;
        rejects = new ArrayList<>();
        counts = counts.plus(writes.submit(() -> {
            runs.writeRejects(runId, batch);
            return WriteCounts.NONE;
        }));
    }

    /** Stops the file's writer thread (after {@link #flush}, or when the file's reading failed). */
    @Override
    public void close() {
        writes.close();
    }

    RunCounts counts() {
        return counts;
    }

    List<RejectRecord> firstRejects() {
        return List.copyOf(firstRejects);
    }
}
