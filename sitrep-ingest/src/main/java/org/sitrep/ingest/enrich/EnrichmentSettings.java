package org.sitrep.ingest.enrich;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the enrichment databases are; every one is optional ({@code null} = not configured).
 *
 * @param countryMmdb IP → country {@code .mmdb} (ip-location-db flat layout, or GeoIP2/GeoLite2/DB-IP country or
 *     city layout)
 * @param asnMmdb IP → AS {@code .mmdb} ({@code autonomous_system_number}/{@code autonomous_system_organization})
 * @param ip2regionXdb ip2region {@code .xdb} for mainland-China province and city
 * @param geoRangesCsv the geo ranges table ({@code ip_start,ip_end,country_code,region,city,asn,as_name}); gives
 *     country, province, city and AS
 * @param registrarDirectory CSV {@code registered_domain,registrar,registrar_country} (see
 *     {@link org.sitrep.ingest.enrich.registrar.RegistrarDirectory})
 */
public record EnrichmentSettings(
        @Nullable Path countryMmdb,
        @Nullable Path asnMmdb,
        @Nullable Path ip2regionXdb,
        @Nullable Path geoRangesCsv,
        @Nullable Path registrarDirectory) {

    /** Nothing configured: enrichment adds nothing (and says so once per database). */
    public static final EnrichmentSettings NONE = new EnrichmentSettings(null, null, null, null, null);
}
