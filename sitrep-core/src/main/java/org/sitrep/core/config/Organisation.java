package org.sitrep.core.config;

import java.util.Objects;

/**
 * Who publishes the bulletin.
 *
 * @param name the full name, as on the title page
 * @param shortName the short name used in running text
 * @param about the "about us" paragraph at the end of the bulletin
 * @param vulnerabilityDatabase the vulnerability database the bulletin's vulnerability figures come from, by its
 *     long name, written on first mention (国家信息安全漏洞共享平台（CNVD）新收录…)
 * @param vulnerabilityDatabaseShort its short name, written on every later mention (本周CNVD发布的…)
 */
public record Organisation(
        LocalizedText name,
        LocalizedText shortName,
        LocalizedText about,
        LocalizedText vulnerabilityDatabase,
        LocalizedText vulnerabilityDatabaseShort) {
    public Organisation {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(shortName, "short_name is required");
        Objects.requireNonNull(about, "about is required");
        Objects.requireNonNull(vulnerabilityDatabase, "vulnerability_database is required");
        Objects.requireNonNull(vulnerabilityDatabaseShort, "vulnerability_database_short is required");
    }

    /** An organisation whose vulnerability database has one name for every mention. */
    public Organisation(
            LocalizedText name, LocalizedText shortName, LocalizedText about, LocalizedText vulnerabilityDatabase) {
        this(name, shortName, about, vulnerabilityDatabase, vulnerabilityDatabase);
    }
}
