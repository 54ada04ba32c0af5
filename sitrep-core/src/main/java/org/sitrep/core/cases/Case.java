package org.sitrep.core.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One incident the organisation handled ({@code spec/events.md} §3). A case counts in the bulletin in the week it
 * was closed as handled ({@code closedAt}).
 *
 * @param category GB/T 20986-2023 category code, e.g. {@code NA} or {@code MP}
 * @param grade GB/T 20986-2023 grade, or {@code null} when not graded
 * @param reporterCountry where the reporter is, or {@code null}
 * @param targetCountries the countries of the targets, where known
 */
public record Case(
        String id,
        @Nullable String title,
        CaseType type,
        @Nullable String category,
        @Nullable Grade grade,
        Instant reportedAt,
        @Nullable String reporter,
        @Nullable String reporterCountry,
        @Nullable Channel channel,
        List<String> targets,
        List<String> targetCountries,
        List<Partner> partners,
        InfrastructureScope infrastructureScope,
        CaseStatus status,
        @Nullable Instant closedAt,
        @Nullable String sector) {

    public Case {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(reportedAt, "reported_at is required");
        Objects.requireNonNull(status, "status is required");
        targets = targets == null ? List.of() : List.copyOf(targets);
        targetCountries = targetCountries == null ? List.of() : List.copyOf(targetCountries);
        partners = partners == null ? List.of() : List.copyOf(partners);
        infrastructureScope = infrastructureScope == null ? InfrastructureScope.NONE : infrastructureScope;
        if (status.closed() && closedAt == null) {
            throw new IllegalArgumentException("closed_at is required when status is " + status.id());
        }
    }

    /** Derived: the reporter, a target or a partner is abroad (not in the home country). */
    public boolean crossBorder(String homeCountry) {
        if (reporterCountry != null && !reporterCountry.equals(homeCountry)) {
            return true;
        }
        if (targetCountries.stream().anyMatch(country -> !country.equals(homeCountry))) {
            return true;
        }
        return partners.stream()
                .anyMatch(p -> p.country() != null && !p.country().equals(homeCountry));
    }
}
