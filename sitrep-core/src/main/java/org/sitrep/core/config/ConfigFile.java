package org.sitrep.core.config;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code sitrep.yaml} as written: every key optional ({@code null} = take the default). Bound by
 * Jackson with unknown keys rejected, so that a misspelt key is an error with its line rather than silently ignored.
 */
record ConfigFile(
        OrganisationFile organisation,
        String homeCountry,
        String zone,
        List<String> governmentSitePatterns,
        List<String> wormFamilies,
        EnrichmentSources enrichment,
        RatingFile rating,
        BulletinFile bulletin,
        List<KindRuleFile> bulletinKinds,
        Boolean publishUnmarked,
        IngestFile ingest,
        Map<String, Map<String, Object>> feeds,
        ServerFile server) {

    /** {@code server}: {@code port}, {@code bind}, {@code log_format} ({@code plain} or {@code json}). */
    record ServerFile(Integer port, String bind, String logFormat) {}

    record IngestFile(EventWindowFile eventWindow) {}

    record EventWindowFile(Integer daysBefore, Integer daysAfter) {}

    /** {@code empty_sections}: {@code say_no_data} or {@code omit}. */
    record BulletinFile(String emptySections) {}

    /** One rule of {@code bulletin_kinds}: a type and/or an identifier, and the kind they count as. */
    record KindRuleFile(String type, String identifier, String kind) {}

    record OrganisationFile(
            TextFile name,
            TextFile shortName,
            TextFile about,
            TextFile vulnerabilityDatabase,
            TextFile vulnerabilityDatabaseShort) {}

    record TextFile(String zh, String en) {}

    record RatingFile(
            IndicatorValues weights,
            BandLimitsFile bandLimits,
            Integer baselineWindow,
            Integer minimumWeeks,
            IndicatorValues referenceValues,
            FloorsFile incidentFloors,
            VulnerabilityLevelFile vulnerabilityLevel,
            DosCasesFile dosCases) {}

    record IndicatorValues(
            Double infectedHosts,
            Double defaced,
            Double defacedGov,
            Double backdoored,
            Double backdooredGov,
            Double phishingPages,
            Double newVulnerabilities,
            Double highVulnerabilities) {}

    record BandLimitsFile(Double excellent, Double good, Double fair, Double poor) {}

    /** Per grade: a band (优…危 or excellent…critical) or {@code none}. */
    record FloorsFile(String general, String large, String major, String extraordinary) {}

    record VulnerabilityLevelFile(Double highFactor, Double lowFactor, Double criticalCvss) {}

    record DosCasesFile(Double weight, Double reference) {}
}
