package org.sitrep.app.bulletins;

import java.sql.Connection;
import java.sql.SQLException;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.assessment.AssessmentInput;
import org.sitrep.core.assessment.AssessmentOverrides;
import org.sitrep.core.assessment.Assessor;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.assessment.StoreAssessmentInputs;
import org.sitrep.core.bulletin.AssessmentInputs;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;

/**
 * Computes a week live from the store: its figures, then the assessment of those very figures with the latest
 * analyst override applied. One place, so that the bulletin, {@code sitrep assess} and the archive agree.
 */
public final class WeekReports {

    private final FigureEngine figures;
    private final StoreAssessmentInputs cases;
    private final AssessmentOverrides overrides;
    private final Assessor assessor;

    public WeekReports(Connection connection, SitrepConfig config) {
        this.figures = new FigureEngine(connection, config.figureSettings());
        this.cases = new StoreAssessmentInputs(
                connection, config.zone(), config.rating().baselineWindow());
        this.overrides = new AssessmentOverrides(connection);
        this.assessor = new Assessor(config.rating());
    }

    public boolean hasData(IsoWeek week) {
        return figures.hasData(week);
    }

    /** The week's figures and assessment, the latest override applied. */
    public WeekReport compute(IsoWeek week) throws SQLException {
        WeeklyFigures weekly = figures.compute(week);
        return new WeekReport(
                weekly, assessor.assess(input(weekly), overrides.latest(week).orElse(null)));
    }

    /** Records an analyst's band for the week, keeping the computed one beside it, and returns the new report. */
    public WeekReport override(IsoWeek week, BandOverride override) throws SQLException {
        WeeklyFigures weekly = figures.compute(week);
        AssessmentInput input = input(weekly);
        Assessment computed = assessor.assess(input);
        overrides.record(week, override, computed.computedBand());
        return new WeekReport(weekly, assessor.assess(input, override));
    }

    /** The assessment reads the very figures the bulletin prints, plus the DoS history the figures do not keep. */
    private AssessmentInput input(WeeklyFigures weekly) throws SQLException {
        return AssessmentInputs.from(weekly, cases.previousDosCases(weekly.week()));
    }
}
