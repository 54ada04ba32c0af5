package org.sitrep.ingest.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.ingest.enrich.geo.GeoEnricher;
import org.sitrep.ingest.enrich.geo.Ip2RegionLocator;
import org.sitrep.ingest.enrich.geo.IpLocator;
import org.sitrep.ingest.enrich.geo.MmdbLocator;
import org.sitrep.ingest.enrich.geo.RangeTableLocator;
import org.sitrep.ingest.enrich.registrar.RegistrarDirectory;
import org.sitrep.ingest.enrich.registrar.RegistrarEnricher;

/**
 * Builds the enrichers from {@link EnrichmentSettings}, loading every database once. Geo databases are asked in
 * this order: the geo ranges table, the country mmdb, the AS mmdb, ip2region; an earlier one wins where two know a
 * field (and a feed's own value wins over all). Each database that is not configured, not found or not readable
 * gives exactly one warning saying what stays unknown (or which other database still covers it); enrichment then
 * goes on without it.
 */
public final class Enrichment {

    private static final System.Logger LOG = System.getLogger(Enrichment.class.getName());

    private Enrichment() {}

    /** The enrichers, warnings to the {@code org.sitrep.ingest.enrich.Enrichment} system logger. */
    public static List<Enricher> fromSettings(EnrichmentSettings settings) {
        return fromSettings(settings, message -> LOG.log(System.Logger.Level.WARNING, message));
    }

    /** The enrichers (geo first, then registrar), empty when no database could be loaded. */
    public static List<Enricher> fromSettings(EnrichmentSettings settings, Consumer<String> warnings) {
        return fromSettings(settings, warnings, warnings);
    }

    /**
     * The enrichers; a database that is configured but missing or unreadable is told to {@code unavailable}
     * (the command line refuses to ingest without it: events stored meanwhile would stay unenriched for good),
     * anything else to {@code warnings}.
     */
    public static List<Enricher> fromSettings(
            EnrichmentSettings settings, Consumer<String> warnings, Consumer<String> unavailable) {
        RangeTableLocator table = load(
                settings.geoRangesCsv(),
                "geo ranges table",
                "country, province, city and AS from it stay unknown",
                path -> RangeTableLocator.load(path, warnings),
                warnings,
                unavailable);
        MmdbLocator country = load(
                settings.countryMmdb(),
                "IP-to-country mmdb",
                table != null
                        ? "country comes from the geo ranges table only"
                        : "geolocation.cc stays unknown unless" + " the feed gives it",
                MmdbLocator::open,
                warnings,
                unavailable);
        MmdbLocator asn = load(
                settings.asnMmdb(),
                "IP-to-AS mmdb",
                table != null
                        ? "AS comes from the geo ranges table only"
                        : "asn and as_name stay unknown unless the" + " feed gives them",
                MmdbLocator::open,
                warnings,
                unavailable);
        Ip2RegionLocator region = load(
                settings.ip2regionXdb(),
                "ip2region xdb",
                table != null
                        ? "province comes from the geo ranges table only"
                        : "the province of home-country" + " addresses stays unknown unless the feed gives it",
                Ip2RegionLocator::open,
                warnings,
                unavailable);
        RegistrarDirectory registrars = load(
                settings.registrarDirectory(),
                "registrar directory",
                "registrar_country stays unknown unless the feed gives it",
                path -> RegistrarDirectory.load(path, warnings),
                warnings,
                unavailable);

        List<IpLocator> locators = new ArrayList<>();
        for (IpLocator locator : new IpLocator[] {table, country, asn, region}) {
            if (locator != null) {
                locators.add(locator);
            }
        }
        List<Enricher> enrichers = new ArrayList<>();
        if (!locators.isEmpty()) {
            enrichers.add(new GeoEnricher(locators));
        }
        if (registrars != null) {
            enrichers.add(new RegistrarEnricher(registrars));
        }
        return List.copyOf(enrichers);
    }

    @FunctionalInterface
    private interface Loader<T> {
        @Nullable
        T load(Path path) throws IOException;
    }

    private static <T> @Nullable T load(
            @Nullable Path path,
            String what,
            String consequence,
            Loader<T> loader,
            Consumer<String> warnings,
            Consumer<String> unavailable) {
        if (path == null) {
            warnings.accept(what + " not configured: " + consequence);
            return null;
        }
        if (!Files.isRegularFile(path)) {
            unavailable.accept(what + " " + path + " not found: " + consequence);
            return null;
        }
        try {
            return loader.load(path);
        } catch (IOException | RuntimeException e) {
            unavailable.accept(what + " " + path + " cannot be read (" + e.getMessage() + "): " + consequence);
            return null;
        }
    }
}
