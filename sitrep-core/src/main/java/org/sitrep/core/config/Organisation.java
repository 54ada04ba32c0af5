package org.sitrep.core.config;

import java.util.Objects;

/**
 * Who publishes the bulletin.
 *
 * @param name the full name, as on the title page
 * @param shortName the short name used in running text
 * @param about the "about us" paragraph at the end of the bulletin
 * @param vulnerabilityDatabase the vulnerability database the bulletin's vulnerability figures come from
 */
public record Organisation(
        LocalizedText name, LocalizedText shortName, LocalizedText about, LocalizedText vulnerabilityDatabase) {
    public Organisation {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(shortName, "short_name is required");
        Objects.requireNonNull(about, "about is required");
        Objects.requireNonNull(vulnerabilityDatabase, "vulnerability_database is required");
    }
}
