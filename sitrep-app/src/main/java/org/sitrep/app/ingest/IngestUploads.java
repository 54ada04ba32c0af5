package org.sitrep.app.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.cli.StoreOptions;
import org.sitrep.app.jobs.Job;
import org.sitrep.app.jobs.Jobs;
import org.sitrep.app.server.ServerProperties;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.app.weeks.FigureCache;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.FileSummary;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.pipeline.IngestReport;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.ingest.pipeline.ProgressListener;
import org.sitrep.ingest.store.DiskHeadroom;
import org.sitrep.ingest.store.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded feed files ingested on the job queue: spooled into {@code uploads/}, then read by the same pipeline as
 * {@code sitrep ingest} (the configured enrichers, derivation, formats and event window) on the server's store, with
 * the records done reported to the job. Counts go to the {@code sitrep.ingest.records} counter by outcome.
 */
@Component
final class IngestUploads {

    static final String JOB_KIND = "ingest";
    private static final Logger LOG = LoggerFactory.getLogger(IngestUploads.class);

    private final StoreConnections store;
    private final SitrepConfig config;
    private final Path data;
    private final Jobs jobs;
    private final Clock clock;
    private final MeterRegistry meters;
    private final IngestProperties properties;
    private final Uploads uploads;
    private final FigureCache figures;

    IngestUploads(
            StoreConnections store,
            SitrepConfig config,
            ServerProperties server,
            Jobs jobs,
            Clock clock,
            MeterRegistry meters,
            IngestProperties properties,
            FigureCache figures) {
        this.store = store;
        this.config = config;
        this.data = server.data();
        this.jobs = jobs;
        this.clock = clock;
        this.meters = meters;
        this.properties = properties;
        this.uploads = new Uploads(data, properties.maxUploadBytes());
        this.figures = figures;
        for (String outcome : List.of("accepted", "duplicate", "skipped", "rejected")) {
            increment(outcome, 0);
        }
    }

    /** Checks the format, spools the files and queues their ingest; returns the job at once. */
    Job submit(List<MultipartFile> files, @Nullable String format, String owner) throws IOException {
        if (format != null) {
            FormatRegistry.load().byName(format);
        }
        List<Path> spooled = uploads.spool(files);
        return jobs.submit(JOB_KIND, owner, progress -> ingest(spooled, format, progress));
    }

    private UploadResult ingest(List<Path> files, @Nullable String format, Jobs.Progress progress) throws Exception {
        DiskHeadroom.check(data);
        List<String> unavailable = new ArrayList<>();
        List<Enricher> enrichers = StoreOptions.enrichers(config, data, LOG::warn, unavailable::add);
        if (!unavailable.isEmpty()) {
            Uploads.remove(files);
            throw new IllegalStateException("not ingesting: the " + unavailable.getFirst()
                    + "; fix sitrep.yaml's enrichment: and upload again");
        }
        IngestSettings settings = StoreOptions.ingestSettings(config)
                .withBatchSize(java.util.Objects.requireNonNull(properties.batchSize()));
        if (format != null) {
            settings = settings.withFormat(format);
        }
        FormatRegistry formats = StoreOptions.formats(config, data);
        IngestPipeline pipeline =
                new IngestPipeline(store.store(), formats, enrichers, settings, listener(progress), clock);
        IngestReport report;
        try {
            report = pipeline.ingest(files);
        } finally {
            figures.storeChanged();
        }
        count(report.totals());
        List<Path> settled = new ArrayList<>();
        for (FileSummary file : report.files()) {
            if (UploadResult.settled(file)) {
                settled.add(file.file());
            }
        }
        Uploads.remove(settled);
        return UploadResult.of(report);
    }

    /** Records done so far over all files of the upload, reported as the job's progress. */
    private static ProgressListener listener(Jobs.Progress progress) {
        return new ProgressListener() {
            private long finishedRecords;

            @Override
            public void progress(Path file, long records, long bytesRead, long totalBytes) {
                progress.update(
                        finishedRecords + records,
                        null,
                        file.getFileName() + ": " + (totalBytes == 0 ? 100 : bytesRead * 100 / totalBytes) + "%");
            }

            @Override
            public void finished(FileSummary summary) {
                finishedRecords += summary.counts().read();
                progress.update(finishedRecords, null, summary.line());
            }
        };
    }

    private void count(RunCounts totals) {
        increment("accepted", totals.accepted() + totals.updated());
        increment("duplicate", totals.duplicate());
        increment("skipped", totals.skipped());
        increment("rejected", totals.rejected());
    }

    private void increment(String outcome, long records) {
        meters.counter("sitrep.ingest.records", "outcome", outcome).increment(records);
    }
}
