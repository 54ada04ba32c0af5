package org.sitrep.ingest.enrich.derive;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.week.ZoneDays;

/**
 * What derivation needs to know about the organisation.
 *
 * @param homeCountry ISO 3166-1 alpha-2 of the home country ({@code CN})
 * @param governmentPatterns host patterns of government sites ({@code *.gov.cn})
 * @param kindMapping the bulletin kind of a classification
 * @param zone the week zone, whose day is the day of the dedup key
 */
public record DerivationSettings(
        String homeCountry, List<String> governmentPatterns, KindMapping kindMapping, ZoneId zone) {

    public DerivationSettings {
        Objects.requireNonNull(homeCountry, "homeCountry");
        if (!homeCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("homeCountry must be two upper-case letters, was: " + homeCountry);
        }
        governmentPatterns = List.copyOf(Objects.requireNonNull(governmentPatterns, "governmentPatterns"));
        Objects.requireNonNull(kindMapping, "kindMapping");
        Objects.requireNonNull(zone, "zone");
    }

    /** In the default week zone. */
    public DerivationSettings(String homeCountry, List<String> governmentPatterns, KindMapping kindMapping) {
        this(homeCountry, governmentPatterns, kindMapping, ZoneDays.DEFAULT_ZONE);
    }

    /** Home country {@code CN}, government sites {@code *.gov.cn}, the default kind mapping. */
    public static DerivationSettings defaults() {
        return new DerivationSettings("CN", List.of("*.gov.cn"), KindMapping.defaults());
    }
}
