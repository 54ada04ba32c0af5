package org.sitrep.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.assessment.Indicator;
import org.sitrep.core.assessment.RatingConfig;
import org.sitrep.core.cases.Grade;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code sitrep.yaml}: a missing file or key takes the default of {@link SitrepConfig#defaults()}; an unknown
 * key or a bad value is a {@link ConfigException} naming the file, the key and, for unknown keys and unreadable
 * values, the line. The commented example with every default is {@link #example()}.
 */
public final class ConfigLoader {

    /** The file name the command line looks for in the data directory. */
    public static final String FILE_NAME = "sitrep.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigLoader() {}

    public static SitrepConfig defaults() {
        return SitrepConfig.defaults();
    }

    /** The configuration in the file, or the defaults when there is no file. */
    public static SitrepConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return defaults();
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** The configuration in a YAML text; {@code source} names it in messages. */
    public static SitrepConfig parse(String yaml, String source) {
        ConfigFile file;
        try {
            if (isEmpty(yaml)) {
                return defaults();
            }
            file = MAPPER.readValue(yaml, ConfigFile.class);
        } catch (JacksonException e) {
            throw new ConfigException(source + ": " + describe(e, yaml), e);
        }
        return file == null ? defaults() : new Merge(source).config(file);
    }

    /** The shipped example: every key with its default, commented. */
    public static String example() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("sitrep.example.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource sitrep.example.yaml");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only comments, or nothing at all. */
    private static boolean isEmpty(String yaml) {
        try (JsonParser parser = MAPPER.createParser(yaml)) {
            return parser.nextToken() == null;
        }
    }

    private static String describe(JacksonException e, String yaml) {
        String key = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        int lineNumber = KeyLines.lineOf(MAPPER, yaml, e.getPath());
        TokenStreamLocation location = e.getLocation();
        if (lineNumber < 1 && location != null) {
            lineNumber = location.getLineNr();
        }
        String line = lineNumber < 1 ? "" : " (line " + lineNumber + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown key " + key + line + "; known keys here: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        String detail = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? expected(mismatch)
                : e.getOriginalMessage().lines().findFirst().orElse("");
        return key.isEmpty() ? detail + line : key + line + ": " + detail;
    }

    /** Says what was expected in the file's terms rather than in Java types. */
    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String what;
        if (type == Integer.class || type == int.class || type == Long.class) {
            what = "a whole number";
        } else if (type == Double.class || type == double.class) {
            what = "a number";
        } else if (type == String.class) {
            what = "a text";
        } else if (java.util.Collection.class.isAssignableFrom(type)) {
            what = "a list";
        } else {
            what = "a mapping of keys to values";
        }
        return e instanceof InvalidFormatException invalid
                ? "expected " + what + ", was '" + invalid.getValue() + "'"
                : "expected " + what;
    }

    /** Lays the file over the defaults, checking each section and naming its keys from the file's root. */
    private record Merge(String source) {

        SitrepConfig config(ConfigFile file) {
            SitrepConfig defaults = defaults();
            return check(
                    "",
                    () -> new SitrepConfig(
                            organisation(file.organisation(), defaults.organisation()),
                            or(file.homeCountry(), defaults.homeCountry()),
                            zone(file.zone(), defaults.zone()),
                            or(file.governmentSitePatterns(), defaults.governmentSitePatterns()),
                            or(file.wormFamilies(), defaults.wormFamilies()),
                            rating(file.rating(), defaults.rating())));
        }

        private Organisation organisation(ConfigFile.OrganisationFile file, Organisation defaults) {
            if (file == null) {
                return defaults;
            }
            return new Organisation(
                    text("organisation.name.", file.name(), defaults.name()),
                    text("organisation.short_name.", file.shortName(), defaults.shortName()),
                    text("organisation.about.", file.about(), defaults.about()));
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
                throw new ConfigException(source + ": zone must be a time zone such as Asia/Shanghai, was '" + zone
                        + "' (" + e.getMessage() + ")");
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

        private static Map<Indicator, Double> indicators(
                ConfigFile.IndicatorValues file, Map<Indicator, Double> defaults) {
            if (file == null) {
                return defaults;
            }
            Map<Indicator, Double> values = new EnumMap<>(defaults);
            Map<Indicator, Double> written = new EnumMap<>(Indicator.class);
            written.put(Indicator.INFECTED_HOSTS, file.infectedHosts());
            written.put(Indicator.DEFACED, file.defaced());
            written.put(Indicator.DEFACED_GOV, file.defacedGov());
            written.put(Indicator.BACKDOORED, file.backdoored());
            written.put(Indicator.BACKDOORED_GOV, file.backdooredGov());
            written.put(Indicator.PHISHING_PAGES, file.phishingPages());
            written.put(Indicator.NEW_VULNERABILITIES, file.newVulnerabilities());
            written.put(Indicator.HIGH_VULNERABILITIES, file.highVulnerabilities());
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
}
