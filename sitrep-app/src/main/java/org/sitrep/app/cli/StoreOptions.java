package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.app.server.ServerMarker;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.EnrichmentSources;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.ingest.enrich.Enrichment;
import org.sitrep.ingest.enrich.EnrichmentSettings;
import org.sitrep.ingest.enrich.derive.DerivationSettings;
import org.sitrep.ingest.feeds.shadowserver.SchemaLocation;
import org.sitrep.ingest.feeds.shadowserver.ShadowserverFormat;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.ConsoleProgress;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.ingest.pipeline.ProgressListener;
import org.sitrep.ingest.store.Store;
import org.sitrep.ingest.store.StoreBusyException;

/**
 * Opening what the commands share: the store in the data directory, its configuration, its archive. A command reaches
 * them through its {@link CommandContext}, which opens each once; the server's ingest uploads take the same ingest
 * settings, enrichers and formats from here.
 */
public final class StoreOptions {

    private StoreOptions() {}

    /**
     * Refuses, with one line naming it, when a server owns the data directory: its store has one writer, the
     * server; the command line then goes through the server's API.
     */
    static void refuseWhenServed(Path data) {
        ServerMarker.running(data).ifPresent(server -> {
            throw new IllegalStateException(server.holdsMessage(data));
        });
    }

    /** Opens (or makes) the store, unless a server owns it. */
    static Store open(Path data) throws SQLException {
        refuseWhenServed(data);
        return Store.open(data);
    }

    static Store openExisting(Path data) throws SQLException {
        refuseWhenServed(data);
        Path file = data.resolve(Store.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no store at " + file.toAbsolutePath()
                    + "; run `sitrep ingest FILE…` or `sitrep demo` first, or choose --data DIR");
        }
        return Store.open(data);
    }

    /** Opens the existing store and warns on {@code err} of ingest runs that did not finish. */
    static Store openExisting(Path data, ZoneId zone, PrintWriter err) throws SQLException {
        Store store = openExisting(data);
        try {
            UnfinishedRuns.warn(store.connection(), zone, err);
            return store;
        } catch (SQLException | RuntimeException failure) {
            store.close();
            throw failure;
        }
    }

    /** Opens the store, waiting (and saying so once) while another process holds it. */
    static Store openWaiting(Path data, PrintWriter err) throws SQLException, InterruptedException {
        refuseWhenServed(data); // a server does not let go of its store: waiting for it would never end
        boolean said = false;
        while (true) {
            try {
                return Store.open(data);
            } catch (StoreBusyException busy) {
                if (!said) {
                    err.println("sitrep: " + String.valueOf(busy.getMessage()).replaceFirst(";.*", "")
                            + "; waiting for it");
                    err.flush();
                    said = true;
                }
                Thread.sleep(500);
            }
        }
    }

    static SitrepConfig config(Path data) {
        return ConfigLoader.load(data.resolve(ConfigLoader.FILE_NAME));
    }

    /** Derivation as configured: the home country, the government-site patterns, the bulletin kinds, the zone. */
    public static IngestSettings ingestSettings(SitrepConfig config) {
        return IngestSettings.defaults()
                .withDerivation(new DerivationSettings(
                        config.homeCountry(), config.governmentSitePatterns(), config.bulletinKinds(), config.zone()))
                .withEventWindow(config.eventWindow())
                .withFeeds(config.feeds());
    }

    /** The configured enrichment databases, relative paths read from the data directory. */
    static List<Enricher> enrichers(SitrepConfig config, Path data, Consumer<String> warnings) {
        return enrichers(config, data, warnings, warnings);
    }

    /**
     * The configured enrichment databases; one configured but missing or unreadable goes to {@code unavailable}.
     */
    public static List<Enricher> enrichers(
            SitrepConfig config, Path data, Consumer<String> warnings, Consumer<String> unavailable) {
        EnrichmentSources sources = config.enrichment();
        if (sources.equals(EnrichmentSources.NONE)) {
            warnings.accept("no enrichment database is configured (sitrep.yaml, enrichment:): country, ASN, province"
                    + " and registrar country stay unknown unless the feed gives them");
            return List.of();
        }
        return Enrichment.fromSettings(
                new EnrichmentSettings(
                        path(data, sources.countryMmdb()),
                        path(data, sources.asnMmdb()),
                        path(data, sources.ip2regionXdb()),
                        path(data, sources.geoRangesCsv()),
                        path(data, sources.registrarDirectory())),
                warnings,
                unavailable);
    }

    private static @Nullable Path path(Path data, @Nullable String configured) {
        return configured == null ? null : data.resolve(configured);
    }

    /** Where the data directory's Shadowserver schema is: configured, fetched, or the bundled one. */
    static SchemaLocation shadowserverSchema(SitrepConfig config, Path data) {
        Object schema = config.feeds().getOrDefault("shadowserver", Map.of()).get("schema");
        if (schema != null && !(schema instanceof String)) {
            throw new IllegalArgumentException("sitrep.yaml feeds.shadowserver.schema must be a path, was " + schema);
        }
        return new SchemaLocation(data, (String) schema);
    }

    /** The feed formats, configured as {@code sitrep.yaml} says (the Shadowserver schema). */
    public static FormatRegistry formats(SitrepConfig config, Path data) {
        return FormatRegistry.load()
                .with(new ShadowserverFormat(shadowserverSchema(config, data).schema()));
    }

    /** A pipeline that reports progress on the command line's output (in place on a terminal, else by lines). */
    static IngestPipeline pipeline(
            Store store, FormatRegistry formats, List<Enricher> enrichers, IngestSettings settings, PrintWriter out)
            throws SQLException {
        return pipeline(
                store,
                formats,
                enrichers,
                settings,
                new ConsoleProgress(out, System.console() != null, System::nanoTime));
    }

    /** A pipeline that reports its progress to {@code progress}. */
    static IngestPipeline pipeline(
            Store store,
            FormatRegistry formats,
            List<Enricher> enrichers,
            IngestSettings settings,
            ProgressListener progress)
            throws SQLException {
        return new IngestPipeline(store, formats, enrichers, settings, progress, Clock.systemUTC());
    }

    /** The bulletins of the store; their warnings go to the command's standard error. */
    static Bulletins bulletins(Store store, Path data, SitrepConfig config, PrintWriter err) {
        return new Bulletins(store.connection(), config, data.resolve("bulletins"), Clock.systemUTC(), warning -> {
            err.println("sitrep: warning: " + warning);
            err.flush();
        });
    }
}
