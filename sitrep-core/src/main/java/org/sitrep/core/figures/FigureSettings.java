package org.sitrep.core.figures;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an organisation configures for its figures.
 *
 * @param homeCountry ISO 3166-1 alpha-2 code of the home country: domestic vs abroad
 * @param zone the zone whose Monday 00:00 starts a week
 * @param wormFamilies malware families (classification identifiers, any case) counted as worms; every other
 *     family counts as trojan/bot
 * @param dialect the SQL dialect whose variants win over the common statements ({@code duckdb}, {@code postgres})
 */
public record FigureSettings(String homeCountry, ZoneId zone, List<String> wormFamilies, String dialect) {

    public static final List<String> DEFAULT_WORM_FAMILIES = List.of("conficker", "downadup");

    public FigureSettings {
        Objects.requireNonNull(homeCountry, "homeCountry is required");
        if (!homeCountry.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("homeCountry must be an ISO alpha-2 code, was: " + homeCountry);
        }
        homeCountry = homeCountry.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(zone, "zone is required");
        Objects.requireNonNull(wormFamilies, "wormFamilies is required");
        wormFamilies = wormFamilies.stream()
                .map(family -> Objects.requireNonNull(family, "wormFamilies must not hold null")
                        .strip()
                        .toLowerCase(Locale.ROOT))
                .toList();
        for (String family : wormFamilies) {
            if (family.isEmpty() || family.contains(",")) {
                throw new IllegalArgumentException("a worm family must be a non-empty name without commas: " + family);
            }
        }
        Objects.requireNonNull(dialect, "dialect is required");
    }

    /** CN, Asia/Shanghai, conficker/downadup, DuckDB. */
    public static FigureSettings defaults() {
        return new FigureSettings("CN", ZoneId.of("Asia/Shanghai"), DEFAULT_WORM_FAMILIES, "duckdb");
    }

    public FigureSettings withDialect(String newDialect) {
        return new FigureSettings(homeCountry, zone, wormFamilies, newDialect);
    }

    public FigureSettings withWormFamilies(List<String> families) {
        return new FigureSettings(homeCountry, zone, families, dialect);
    }

    /** The worm list as one SQL parameter, {@code ,conficker,downadup,}, matched with POSITION in the statement. */
    String wormParameter() {
        return "," + String.join(",", wormFamilies) + ",";
    }
}
