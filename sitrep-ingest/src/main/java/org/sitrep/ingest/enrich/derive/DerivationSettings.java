package org.sitrep.ingest.enrich.derive;

import java.util.List;
import java.util.Objects;
import org.sitrep.core.event.KindMapping;

/**
 * What derivation needs to know about the organisation.
 *
 * @param homeCountry ISO 3166-1 alpha-2 of the home country ({@code CN})
 * @param governmentPatterns host patterns of government sites ({@code *.gov.cn})
 * @param kindMapping the bulletin kind of a classification
 */
public record DerivationSettings(String homeCountry, List<String> governmentPatterns, KindMapping kindMapping) {

    public DerivationSettings {
        Objects.requireNonNull(homeCountry, "homeCountry");
        if (!homeCountry.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("homeCountry must be two upper-case letters, was: " + homeCountry);
        }
        governmentPatterns = List.copyOf(Objects.requireNonNull(governmentPatterns, "governmentPatterns"));
        Objects.requireNonNull(kindMapping, "kindMapping");
    }

    /** Home country {@code CN}, government sites {@code *.gov.cn}, the default kind mapping. */
    public static DerivationSettings defaults() {
        return new DerivationSettings("CN", List.of("*.gov.cn"), KindMapping.defaults());
    }
}
