package org.sitrep.app.bulletins;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.core.assessment.Assessment;
import org.sitrep.core.assessment.AssessmentInput;
import org.sitrep.core.assessment.AssessmentOverrides;
import org.sitrep.core.assessment.Assessor;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.assessment.Calibration;
import org.sitrep.core.assessment.LevelOverride;
import org.sitrep.core.assessment.StoreAssessmentInputs;
import org.sitrep.core.bulletin.AssessmentInputs;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.figures.WeekValue;
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
        return compute(week, Optional.empty());
    }

    /**
     * The week's figures and assessment, last week's values restated from last week's published issue when there
     * is one ({@link WeeklyFigures#restating}).
     */
    public WeekReport compute(IsoWeek week, Optional<WeeklyFigures> lastIssue) throws SQLException {
        WeeklyFigures live = figures.compute(week);
        WeeklyFigures weekly = lastIssue.map(live::restating).orElse(live);
        return new WeekReport(
                weekly,
                assessor.assess(
                        input(weekly),
                        overrides.latest(week).orElse(null),
                        overrides.latestLevel(week).orElse(null)));
    }

    /** Records an analyst's band for the week, keeping the computed one beside it, and returns the new report. */
    public WeekReport override(IsoWeek week, BandOverride override) throws SQLException {
        WeeklyFigures weekly = figures.compute(week);
        AssessmentInput input = input(weekly);
        Assessment computed = assessor.assess(input);
        overrides.record(week, override, computed.computedBand());
        return new WeekReport(
                weekly,
                assessor.assess(input, override, overrides.latestLevel(week).orElse(null)));
    }

    /**
     * Records an analyst's vulnerability threat level for the week, keeping the computed one beside it, and returns
     * the new report.
     */
    public WeekReport overrideLevel(IsoWeek week, LevelOverride override) throws SQLException {
        WeeklyFigures weekly = figures.compute(week);
        AssessmentInput input = input(weekly);
        Assessment computed = assessor.assess(input);
        overrides.recordLevel(week, override, computed.vulnerabilities().computedLevel());
        return new WeekReport(
                weekly, assessor.assess(input, overrides.latest(week).orElse(null), override));
    }

    /**
     * Reference values from the stored weeks {@code from}..{@code to}: each indicator's median over the weeks of the
     * period that have data ({@link Calibration}).
     */
    public Calibration calibrate(IsoWeek from, IsoWeek to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException("the period " + from + ".." + to + " ends before it begins");
        }
        List<Calibration.WeekValues> weeks = new ArrayList<>();
        // each history holds the 12 weeks before a week: walk the period 12 weeks at a time
        for (IsoWeek end = from.plusWeeks(FigureEngine.SERIES_WEEKS);
                end.minusWeeks(FigureEngine.SERIES_WEEKS).compareTo(to) <= 0;
                end = end.plusWeeks(FigureEngine.SERIES_WEEKS)) {
            Map<Headline, List<WeekValue>> history = figures.headlineHistory(end);
            for (int i = 0; i < FigureEngine.SERIES_WEEKS; i++) {
                WeekValue first = Objects.requireNonNull(history.get(Headline.values()[0]))
                        .get(i);
                if (!first.hasData() || first.week().compareTo(to) > 0) {
                    continue;
                }
                Map<Headline, Long> values = new EnumMap<>(Headline.class);
                for (Headline headline : Headline.values()) {
                    values.put(
                            headline,
                            Objects.requireNonNull(history.get(headline)).get(i).value());
                }
                weeks.add(new Calibration.WeekValues(first.week(), values));
            }
        }
        return Calibration.of(from, to, weeks);
    }

    /** The assessment reads the very figures the bulletin prints, plus the DoS history the figures do not keep. */
    private AssessmentInput input(WeeklyFigures weekly) throws SQLException {
        return AssessmentInputs.from(weekly, cases.previousDosCases(weekly.week()));
    }
}
