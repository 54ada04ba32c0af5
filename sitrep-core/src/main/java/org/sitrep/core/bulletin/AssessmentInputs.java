package org.sitrep.core.bulletin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.assessment.AssessmentInput;
import org.sitrep.core.assessment.NotableVulnerability;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.figures.HeadlineIndicator;
import org.sitrep.core.figures.Incidents;
import org.sitrep.core.figures.WeekValue;
import org.sitrep.core.figures.WeeklyFigures;

/**
 * Feeds the assessment from the week's figures, so that the rating reads exactly the numbers the bulletin prints:
 * the eight headline indicators and their previous weeks that have data, the graded and DoS incidents, and the
 * week's most important vulnerabilities (which include every critical known-exploited or zero-day one first).
 */
public final class AssessmentInputs {

    private AssessmentInputs() {}

    /**
     * @param previousDosCases DoS cases of the previous weeks that had cases, newest first (the figures do not keep
     *     a DoS series)
     */
    public static AssessmentInput from(WeeklyFigures figures, List<Long> previousDosCases) {
        Map<Headline, Long> thisWeek = new EnumMap<>(Headline.class);
        Map<Headline, List<Long>> previous = new EnumMap<>(Headline.class);
        for (HeadlineIndicator headline : figures.headline()) {
            Headline indicator = indicator(headline.id());
            thisWeek.put(indicator, headline.thisWeek());
            List<Long> values = new ArrayList<>();
            for (WeekValue value : headline.previousWeeks()) {
                if (value.hasData()) {
                    values.add(value.value());
                }
            }
            Collections.reverse(values);
            previous.put(indicator, values);
        }
        Incidents incidents = figures.incidents();
        List<Grade> infrastructure = new ArrayList<>();
        for (Incidents.GradedIncidents graded : incidents.infrastructure()) {
            infrastructure.addAll(Collections.nCopies((int) graded.cases(), graded.grade()));
        }
        List<NotableVulnerability> vulnerabilities = figures.topVulnerabilities().stream()
                .map(top -> new NotableVulnerability(top.id(), top.score(), top.knownExploited(), top.zeroDay()))
                .toList();
        return new AssessmentInput(
                figures.week(),
                thisWeek,
                previous,
                incidents.worstGrade(),
                infrastructure,
                incidents.dosCases(),
                previousDosCases,
                vulnerabilities,
                figures.hasData());
    }

    private static Headline indicator(String id) {
        for (Headline indicator : Headline.values()) {
            if (indicator.id().equals(id)) {
                return indicator;
            }
        }
        throw new IllegalStateException("the figures carry a headline indicator the assessment does not know: " + id);
    }
}
