package org.sitrep.core.config;

import org.jspecify.annotations.Nullable;

/**
 * Where the enrichment databases are; each optional ({@code null} = not configured: its fields stay unknown, with
 * one warning at ingest). Relative paths are read from the data directory.
 *
 * @param countryMmdb an IP-to-country {@code .mmdb} (DB-IP Lite, GeoLite2, ip-location-db)
 * @param asnMmdb an IP-to-ASN {@code .mmdb}
 * @param ip2regionXdb an ip2region {@code .xdb} for the province of home-country addresses
 * @param geoRangesCsv a CSV table {@code ip_start,ip_end,country_code,region,city,asn,as_name}
 * @param registrarDirectory a CSV {@code registered_domain,registrar,registrar_country}
 */
public record EnrichmentSources(
        @Nullable String countryMmdb,
        @Nullable String asnMmdb,
        @Nullable String ip2regionXdb,
        @Nullable String geoRangesCsv,
        @Nullable String registrarDirectory) {

    public static final EnrichmentSources NONE = new EnrichmentSources(null, null, null, null, null);
}
