package org.sitrep.core.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.assessment.RatingConfig;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.figures.Headline;

/** Lays a read file over the defaults, checking each section and naming its keys from the file's root. */
record ConfigMerge(String source) {

    SitrepConfig config(ConfigFile file) {
        SitrepConfig defaults = SitrepConfig.defaults();
        return check(
                "",
                () -> new SitrepConfig(
                        organisation(file.organisation(), defaults.organisation()),
                        or(file.homeCountry(), defaults.homeCountry()),
                        zone(file.zone(), defaults.zone()),
                        or(file.governmentSitePatterns(), defaults.governmentSitePatterns()),
                        or(file.wormFamilies(), defaults.wormFamilies()),
                        or(file.enrichment(), defaults.enrichment()),
                        rating(file.rating(), defaults.rating()),
                        bulletin(file.bulletin(), defaults.bulletin()),
                        kinds(file.bulletinKinds(), defaults.bulletinKinds()),
                        or(file.publishUnmarked(), defaults.publishUnmarked()),
                        eventWindow(file.ingest(), defaults.eventWindow()),
                        or(file.feeds(), defaults.feeds()),
                        server(file.server(), defaults.server())));
    }

    /** Rules as written replace the defaults whole, so that the file says every rule there is. */
    private KindMapping kinds(List<ConfigFile.KindRuleFile> file, KindMapping defaults) {
        if (file == null) {
            return defaults;
        }
        List<KindMapping.Rule> rules = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            ConfigFile.KindRuleFile rule = file.get(i);
            String key = "bulletin_kinds[" + i + "]";
            if (rule == null) {
                throw new ConfigException(source + ": " + key + " must be a mapping with type, identifier and kind");
            }
            String kind = rule.kind();
            BulletinKind parsed = BulletinKind.fromId(kind)
                    .orElseThrow(() -> new ConfigException(source + ": " + key + ".kind must be one of "
                            + Arrays.stream(BulletinKind.values())
                                    .map(BulletinKind::id)
                                    .collect(Collectors.joining(", "))
                            + ", was '" + kind + "'"));
            rules.add(new KindMapping.Rule(rule.type(), rule.identifier(), parsed));
        }
        return new KindMapping(rules);
    }

    private Organisation organisation(ConfigFile.OrganisationFile file, Organisation defaults) {
        if (file == null) {
            return defaults;
        }
        LocalizedText database = text(
                "organisation.vulnerability_database.", file.vulnerabilityDatabase(), defaults.vulnerabilityDatabase());
        // Without a short name of its own, a configured database is named in full at every mention.
        LocalizedText databaseShort = text(
                "organisation.vulnerability_database_short.",
                file.vulnerabilityDatabaseShort(),
                file.vulnerabilityDatabase() == null ? defaults.vulnerabilityDatabaseShort() : database);
        return new Organisation(
                text("organisation.name.", file.name(), defaults.name()),
                text("organisation.short_name.", file.shortName(), defaults.shortName()),
                text("organisation.about.", file.about(), defaults.about()),
                database,
                databaseShort);
    }

    private BulletinSettings bulletin(ConfigFile.BulletinFile file, BulletinSettings defaults) {
        if (file == null || file.emptySections() == null) {
            return defaults;
        }
        return check("bulletin.", () -> BulletinSettings.parse(file.emptySections()));
    }

    private ServerSettings server(ConfigFile.ServerFile file, ServerSettings defaults) {
        if (file == null) {
            return defaults;
        }
        return check(
                "server.",
                () -> new ServerSettings(
                        or(file.port(), defaults.port()),
                        or(file.bind(), defaults.bind()),
                        file.logFormat() == null
                                ? defaults.logFormat()
                                : ServerSettings.LogFormat.of(file.logFormat())));
    }

    private EventWindow eventWindow(ConfigFile.IngestFile file, EventWindow defaults) {
        if (file == null || file.eventWindow() == null) {
            return defaults;
        }
        ConfigFile.EventWindowFile window = file.eventWindow();
        return check(
                "ingest.",
                () -> new EventWindow(
                        or(window.daysBefore(), defaults.daysBefore()), or(window.daysAfter(), defaults.daysAfter())));
    }

    private LocalizedText text(String key, ConfigFile.TextFile file, LocalizedText defaults) {
        if (file == null) {
            return defaults;
        }
        return check(key, () -> new LocalizedText(or(file.zh(), defaults.zh()), or(file.en(), defaults.en())));
    }

    private ZoneId zone(String zone, ZoneId defaults) {
        if (zone == null) {
            return defaults;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ConfigException(source + ": zone must be a time zone such as Asia/Shanghai, was '" + zone + "' ("
                    + e.getMessage() + ")");
        }
    }

    private RatingConfig rating(ConfigFile.RatingFile file, RatingConfig defaults) {
        if (file == null) {
            return defaults;
        }
        return check(
                "rating.",
                () -> new RatingConfig(
                        indicators(file.weights(), defaults.weights()),
                        bandLimits(file.bandLimits(), defaults.bandLimits()),
                        or(file.baselineWindow(), defaults.baselineWindow()),
                        or(file.minimumWeeks(), defaults.minimumWeeks()),
                        indicators(file.referenceValues(), defaults.referenceValues()),
                        floors(file.incidentFloors(), defaults.incidentFloors()),
                        vulnerabilityLevel(file.vulnerabilityLevel(), defaults.vulnerabilityLevel()),
                        dosCases(file.dosCases(), defaults.dosCases())));
    }

    private static Map<Headline, Double> indicators(ConfigFile.IndicatorValues file, Map<Headline, Double> defaults) {
        if (file == null) {
            return defaults;
        }
        Map<Headline, Double> values = new EnumMap<>(defaults);
        Map<Headline, Double> written = new EnumMap<>(Headline.class);
        written.put(Headline.INFECTED_HOSTS, file.infectedHosts());
        written.put(Headline.DEFACED, file.defaced());
        written.put(Headline.DEFACED_GOV, file.defacedGov());
        written.put(Headline.BACKDOORED, file.backdoored());
        written.put(Headline.BACKDOORED_GOV, file.backdooredGov());
        written.put(Headline.PHISHING_PAGES, file.phishingPages());
        written.put(Headline.NEW_VULNERABILITIES, file.newVulnerabilities());
        written.put(Headline.HIGH_VULNERABILITIES, file.highVulnerabilities());
        written.forEach((indicator, value) -> {
            if (value != null) {
                values.put(indicator, value);
            }
        });
        return values;
    }

    private static RatingConfig.BandLimits bandLimits(
            ConfigFile.BandLimitsFile file, RatingConfig.BandLimits defaults) {
        if (file == null) {
            return defaults;
        }
        return new RatingConfig.BandLimits(
                or(file.excellent(), defaults.excellent()),
                or(file.good(), defaults.good()),
                or(file.fair(), defaults.fair()),
                or(file.poor(), defaults.poor()));
    }

    private static Map<Grade, Band> floors(ConfigFile.FloorsFile file, Map<Grade, Band> defaults) {
        if (file == null) {
            return defaults;
        }
        Map<Grade, Band> floors = new EnumMap<>(Grade.class);
        floors.putAll(defaults);
        floor(floors, Grade.GENERAL, file.general());
        floor(floors, Grade.LARGE, file.large());
        floor(floors, Grade.MAJOR, file.major());
        floor(floors, Grade.EXTRAORDINARY, file.extraordinary());
        return floors;
    }

    private static void floor(Map<Grade, Band> floors, Grade grade, String written) {
        if (written == null) {
            return;
        }
        if (written.isBlank() || written.strip().equalsIgnoreCase("none")) {
            floors.remove(grade);
            return;
        }
        Band band = Band.parse(written)
                .orElseThrow(() -> new IllegalArgumentException("incident_floors." + grade.id()
                        + " must be none or a band (优, 良, 中, 差, 危 or excellent, good, fair, poor, critical),"
                        + " was '" + written + "'"));
        floors.put(grade, band);
    }

    private static RatingConfig.VulnerabilityRule vulnerabilityLevel(
            ConfigFile.VulnerabilityLevelFile file, RatingConfig.VulnerabilityRule defaults) {
        if (file == null) {
            return defaults;
        }
        return new RatingConfig.VulnerabilityRule(
                or(file.highFactor(), defaults.highFactor()),
                or(file.lowFactor(), defaults.lowFactor()),
                or(file.criticalCvss(), defaults.criticalCvss()));
    }

    private static RatingConfig.DosCases dosCases(ConfigFile.DosCasesFile file, RatingConfig.DosCases defaults) {
        if (file == null) {
            return defaults;
        }
        return new RatingConfig.DosCases(
                or(file.weight(), defaults.weight()), or(file.reference(), defaults.reference()));
    }

    /** Builds a section, turning a rejected value into a message that names the file and the full key. */
    private <T> T check(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException(source + ": " + prefix + e.getMessage(), e);
        }
    }

    private static <T> T or(T value, T defaults) {
        return value != null ? value : defaults;
    }
}
