package org.sitrep.report.model;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.assessment.ThreatArea;
import org.sitrep.core.cases.Grade;

/**
 * Section 1, the basic situation: the overall rating, the infrastructure sentence and the main threats. The eight
 * headline rows are taken from the other sections ({@link BulletinView#headline()}) so that a number is held once.
 *
 * @param rating the final band (after any analyst override); {@code null} when the week is not rated because the
 *     store holds nothing for it
 * @param infrastructureIncidents one grade per incident of grade 较大 or higher that hit basic internet
 *     infrastructure at national or provincial scope this week; empty when operation was stable
 * @param mainThreats the threat areas that weighed most, heaviest first (the sentence names up to three)
 */
public record Overview(@Nullable RatingBand rating, List<Grade> infrastructureIncidents, List<ThreatArea> mainThreats) {
    public Overview {
        infrastructureIncidents = Checks.list(infrastructureIncidents, "infrastructureIncidents");
        mainThreats = Checks.list(mainThreats, "mainThreats");
    }

    /** A week without data: no rating, and nothing to say about infrastructure or threats. */
    public static Overview unrated() {
        return new Overview(null, List.of(), List.of());
    }

    public boolean rated() {
        return rating != null;
    }
}
