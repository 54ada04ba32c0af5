package org.sitrep.core.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sitrep.core.assessment.RatingConfig;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.figures.FigureSettings;

/**
 * The organisation's configuration, read from {@code sitrep.yaml} by {@link ConfigLoader}: everything an
 * organisation would change without changing code. Messages of rejected values name the key as written in the file.
 *
 * @param homeCountry ISO 3166-1 alpha-2 code of the home country: what counts as domestic
 * @param zone the zone in which weeks run from Monday 00:00
 * @param governmentSitePatterns host patterns of government sites; {@code *.} matches any subdomain
 * @param wormFamilies malware families ({@code classification.identifier}) counted as worms, lower case
 * @param enrichment where the enrichment databases are
 * @param rating the rating method's weights, limits, baselines and floors
 * @param bulletin how the bulletin is written (sections without data)
 * @param bulletinKinds what each classification counts as in the bulletin ({@code bulletin_kinds})
 * @param publishUnmarked whether material without a TLP label may be published; TLP:CLEAR always may, every
 *     other label never ({@code publish_unmarked})
 * @param eventWindow the times an ingested event may carry around the time of ingest ({@code ingest.event_window})
 * @param feeds settings of single feeds, by format name
 * @param server how {@code sitrep serve} serves ({@code server})
 */
public record SitrepConfig(
        Organisation organisation,
        String homeCountry,
        ZoneId zone,
        List<String> governmentSitePatterns,
        List<String> wormFamilies,
        EnrichmentSources enrichment,
        RatingConfig rating,
        BulletinSettings bulletin,
        KindMapping bulletinKinds,
        boolean publishUnmarked,
        EventWindow eventWindow,
        Map<String, Map<String, Object>> feeds,
        ServerSettings server) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public SitrepConfig {
        Objects.requireNonNull(organisation, "organisation is required");
        enrichment = enrichment == null ? EnrichmentSources.NONE : enrichment;
        if (homeCountry == null || !COUNTRY.matcher(homeCountry).matches()) {
            throw new IllegalArgumentException(
                    "home_country must be two upper-case letters (ISO 3166-1 alpha-2), was '" + homeCountry + "'");
        }
        Objects.requireNonNull(zone, "zone is required");
        governmentSitePatterns = nonBlank("government_site_patterns", governmentSitePatterns);
        wormFamilies = nonBlank("worm_families", wormFamilies);
        Objects.requireNonNull(rating, "rating is required");
        bulletin = bulletin == null ? BulletinSettings.DEFAULTS : bulletin;
        Objects.requireNonNull(bulletinKinds, "bulletin_kinds is required");
        eventWindow = eventWindow == null ? EventWindow.DEFAULTS : eventWindow;
        feeds = feeds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(feeds));
        server = server == null ? ServerSettings.DEFAULTS : server;
    }

    /** With the default bulletin settings and kinds, unmarked material publishable, no per-feed configuration. */
    public SitrepConfig(
            Organisation organisation,
            String homeCountry,
            ZoneId zone,
            List<String> governmentSitePatterns,
            List<String> wormFamilies,
            EnrichmentSources enrichment,
            RatingConfig rating) {
        this(
                organisation,
                homeCountry,
                zone,
                governmentSitePatterns,
                wormFamilies,
                enrichment,
                rating,
                BulletinSettings.DEFAULTS,
                KindMapping.defaults(),
                true,
                EventWindow.DEFAULTS,
                Map.of(),
                ServerSettings.DEFAULTS);
    }

    /** The configuration as before, with other bulletin kinds. */
    public SitrepConfig withBulletinKinds(KindMapping kinds) {
        return new SitrepConfig(
                organisation,
                homeCountry,
                zone,
                governmentSitePatterns,
                wormFamilies,
                enrichment,
                rating,
                bulletin,
                kinds,
                publishUnmarked,
                eventWindow,
                feeds,
                server);
    }

    /** The defaults of {@code spec/rating.md} and {@code spec/bulletin.md}, with a placeholder organisation. */
    public static SitrepConfig defaults() {
        return new SitrepConfig(
                new Organisation(
                        new LocalizedText("Sitrep 网络安全应急中心", "Sitrep Computer Emergency Response Team"),
                        new LocalizedText("Sitrep 应急中心", "Sitrep CERT"),
                        new LocalizedText(
                                "Sitrep 应急中心负责协调处置本地区网络安全事件，收集、分析并通报网络安全威胁信息。",
                                "Sitrep CERT coordinates the handling of cyber security incidents in its"
                                        + " constituency and collects, analyses and shares information on"
                                        + " cyber security threats."),
                        new LocalizedText("Sitrep 漏洞库", "the Sitrep Vulnerability Database")),
                "CN",
                ZoneId.of("Asia/Shanghai"),
                List.of("*.gov.cn"),
                List.of("conficker", "downadup"),
                EnrichmentSources.NONE,
                RatingConfig.defaults(),
                BulletinSettings.DEFAULTS,
                KindMapping.defaults(),
                true,
                EventWindow.DEFAULTS,
                Map.of(),
                ServerSettings.DEFAULTS);
    }

    /** The figures' settings: this configuration's home country, week zone and worm families, on DuckDB. */
    public FigureSettings figureSettings() {
        return new FigureSettings(
                homeCountry, zone, wormFamilies, FigureSettings.defaults().dialect());
    }

    private static List<String> nonBlank(String key, List<String> values) {
        Objects.requireNonNull(values, key + " is required");
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new IllegalArgumentException(key + "[" + i + "] must not be empty");
            }
        }
        return List.copyOf(values);
    }
}
