package org.sitrep.core.assessment;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

/**
 * What the assessment of one week is computed from. Independent of how the figures are computed: whoever computes
 * them fills this in.
 *
 * @param thisWeek the week's value of every indicator (all eight, none negative)
 * @param previousWeeks per indicator, the values of the previous weeks that have data, newest first; the assessor
 *     uses at most the configured window of them. A missing indicator means no previous weeks.
 * @param worstCaseGrade the most severe grade among the week's graded cases, or {@code null} when none is graded
 * @param infrastructureIncidentGrades the grades of the week's cases that hit basic internet infrastructure at
 *     national or provincial scope; grades below 较大 are ignored
 * @param dosCases the week's denial-of-service cases
 * @param previousDosCases the DoS case counts of the previous weeks that have data, newest first
 * @param vulnerabilities the week's known-exploited or zero-day vulnerabilities
 * @param hasData whether the store holds anything at all for the week; a week without data is not rated, since
 *     its zeros measure nothing
 */
public record AssessmentInput(
        IsoWeek week,
        Map<Headline, Long> thisWeek,
        Map<Headline, List<Long>> previousWeeks,
        @Nullable Grade worstCaseGrade,
        List<Grade> infrastructureIncidentGrades,
        long dosCases,
        List<Long> previousDosCases,
        List<NotableVulnerability> vulnerabilities,
        boolean hasData) {

    /** A week with data. */
    public AssessmentInput(
            IsoWeek week,
            Map<Headline, Long> thisWeek,
            Map<Headline, List<Long>> previousWeeks,
            @Nullable Grade worstCaseGrade,
            List<Grade> infrastructureIncidentGrades,
            long dosCases,
            List<Long> previousDosCases,
            List<NotableVulnerability> vulnerabilities) {
        this(
                week,
                thisWeek,
                previousWeeks,
                worstCaseGrade,
                infrastructureIncidentGrades,
                dosCases,
                previousDosCases,
                vulnerabilities,
                true);
    }

    public AssessmentInput {
        Objects.requireNonNull(week, "week is required");
        Objects.requireNonNull(thisWeek, "thisWeek is required");
        Map<Headline, Long> values = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            Long value = thisWeek.get(indicator);
            if (value == null) {
                throw new IllegalArgumentException("thisWeek." + indicator.id() + " is required");
            }
            values.put(indicator, requireCount("thisWeek." + indicator.id(), value));
        }
        thisWeek = Map.copyOf(values);
        Map<Headline, List<Long>> history = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            List<Long> weeks = previousWeeks == null ? null : previousWeeks.get(indicator);
            history.put(indicator, counts("previousWeeks." + indicator.id(), weeks));
        }
        previousWeeks = Map.copyOf(history);
        infrastructureIncidentGrades = infrastructureIncidentGrades == null
                ? List.of()
                : infrastructureIncidentGrades.stream()
                        .map(grade -> Objects.requireNonNull(grade, "infrastructureIncidentGrades holds null"))
                        .sorted(Comparator.naturalOrder())
                        .toList();
        requireCount("dosCases", dosCases);
        previousDosCases = counts("previousDosCases", previousDosCases);
        vulnerabilities = vulnerabilities == null ? List.of() : List.copyOf(vulnerabilities);
    }

    private static long requireCount(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be ≥ 0, was " + value);
        }
        return value;
    }

    private static List<Long> counts(String field, @Nullable List<Long> values) {
        if (values == null) {
            return List.of();
        }
        for (Long value : values) {
            requireCount(field, Objects.requireNonNull(value, field + " holds null"));
        }
        return List.copyOf(values);
    }
}
