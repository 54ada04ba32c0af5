package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.Bulletins;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.EnrichmentSources;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.KindMapping;
import org.sitrep.ingest.enrich.Enrichment;
import org.sitrep.ingest.enrich.EnrichmentSettings;
import org.sitrep.ingest.enrich.derive.DerivationSettings;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.pipeline.ConsoleProgress;
import org.sitrep.ingest.pipeline.IngestPipeline;
import org.sitrep.ingest.pipeline.IngestSettings;
import org.sitrep.ingest.store.Store;

/** Opening what the bulletin commands share: the store in the data directory, its configuration, its archive. */
final class StoreOptions {

    private StoreOptions() {}

    static Store openExisting(Path data) throws SQLException {
        if (!Files.exists(data.resolve(Store.FILE_NAME))) {
            throw new IllegalArgumentException("no store in " + data.toAbsolutePath()
                    + "; run `sitrep ingest FILE…` or `sitrep demo` first, or choose --data DIR");
        }
        return Store.open(data);
    }

    static SitrepConfig config(Path data) {
        return ConfigLoader.load(data.resolve(ConfigLoader.FILE_NAME));
    }

    /** Derivation as configured: the home country and the government-site patterns. */
    static IngestSettings ingestSettings(SitrepConfig config) {
        return IngestSettings.defaults()
                .withDerivation(new DerivationSettings(
                        config.homeCountry(), config.governmentSitePatterns(), KindMapping.defaults()));
    }

    /** The configured enrichment databases, relative paths read from the data directory. */
    static List<Enricher> enrichers(SitrepConfig config, Path data, Consumer<String> warnings) {
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
                warnings);
    }

    private static @Nullable Path path(Path data, @Nullable String configured) {
        return configured == null ? null : data.resolve(configured);
    }

    /** A pipeline that reports progress on the command line's output (in place on a terminal, else by lines). */
    static IngestPipeline pipeline(Store store, List<Enricher> enrichers, IngestSettings settings, PrintWriter out)
            throws SQLException {
        return new IngestPipeline(
                store,
                FormatRegistry.load(),
                enrichers,
                settings,
                new ConsoleProgress(out, System.console() != null, System::nanoTime),
                Clock.systemUTC());
    }

    static Bulletins bulletins(Store store, Path data, SitrepConfig config) {
        return new Bulletins(store.connection(), config, data.resolve("bulletins"), Clock.systemUTC());
    }
}
