package org.sitrep.app.bulletins;

import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.figures.WeeklyFigures;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a week's figures and assessment: what the archive freezes when it publishes, and what a frozen
 * issue is read back from. Reading back must give the very numbers that were published.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ReportJson() {}

    public static String figures(WeeklyFigures figures) {
        return MAPPER.writeValueAsString(figures);
    }

    public static String assessment(Assessment assessment) {
        return MAPPER.writeValueAsString(assessment);
    }

    public static WeekReport read(Issue issue) {
        return new WeekReport(
                MAPPER.readValue(issue.figuresJson(), WeeklyFigures.class),
                MAPPER.readValue(issue.assessmentJson(), Assessment.class));
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
