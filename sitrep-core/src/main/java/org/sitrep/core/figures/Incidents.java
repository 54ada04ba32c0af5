package org.sitrep.core.figures;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;

/**
 * The incidents of the week for the overview and the assessment: cases reported in the week and not rejected.
 *
 * @param infrastructure the incidents of grade 较大 or worse that hit basic internet infrastructure (scope not
 *     {@code none}), by grade and scope, most severe first
 * @param worstGrade the most severe grade of any such case, or {@code null} when none is graded
 * @param dosCases how many of them are denial-of-service cases
 */
public record Incidents(
        List<GradedIncidents> infrastructure, @Nullable Grade worstGrade, long dosCases) {

    /** How many incidents of one grade hit infrastructure at one scope. */
    public record GradedIncidents(Grade grade, InfrastructureScope scope, long cases) {
        public GradedIncidents {
            if (grade == null || scope == null) {
                throw new IllegalArgumentException("grade and scope are required");
            }
        }
    }

    public Incidents {
        infrastructure = List.copyOf(infrastructure);
    }

    public long infrastructureCount() {
        return infrastructure.stream().mapToLong(GradedIncidents::cases).sum();
    }
}
