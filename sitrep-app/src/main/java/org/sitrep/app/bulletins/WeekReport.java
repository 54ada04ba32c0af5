package org.sitrep.app.bulletins;

import java.util.Objects;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.figures.WeeklyFigures;

/** A week's figures and the assessment computed from them: everything a bulletin prints besides its wording. */
public record WeekReport(WeeklyFigures figures, Assessment assessment) {
    public WeekReport {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(assessment, "assessment");
    }
}
