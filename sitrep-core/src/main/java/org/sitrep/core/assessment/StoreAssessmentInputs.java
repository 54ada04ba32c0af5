package org.sitrep.core.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * Computes a week's assessment input from the store with a few aggregate queries per week: the headline indicators
 * of {@code spec/bulletin.md} §1, the grades of the week's cases (by {@code reported_at}; rejected cases left out),
 * its DoS cases and its known-exploited or zero-day vulnerabilities. The history is the {@code window} calendar
 * weeks before, each kept for an indicator only when the week has data for it: events of the indicator's kind,
 * vulnerabilities published, or cases reported.
 */
public final class StoreAssessmentInputs implements AssessmentInputSource {

    private static final SqlResources SQL = new SqlResources(StoreAssessmentInputs.class, "duckdb");

    private final Connection connection;
    private final ZoneId zone;
    private final int window;

    public StoreAssessmentInputs(Connection connection, ZoneId zone, int window) {
        this.connection = Objects.requireNonNull(connection, "connection is required");
        this.zone = Objects.requireNonNull(zone, "zone is required");
        if (window < 1) {
            throw new IllegalArgumentException("window must be ≥ 1, was " + window);
        }
        this.window = window;
    }

    @Override
    public AssessmentInput inputFor(IsoWeek week) {
        try {
            WeekCounts current = counts(week);
            Map<Headline, List<Long>> previous = new EnumMap<>(Headline.class);
            for (Headline indicator : Headline.values()) {
                previous.put(indicator, new ArrayList<>());
            }
            List<Long> previousDos = new ArrayList<>();
            for (int back = 1; back <= window; back++) {
                WeekCounts past = counts(week.minusWeeks(back));
                past.withData()
                        .forEach(indicator -> Objects.requireNonNull(previous.get(indicator))
                                .add(past.values().get(indicator)));
                if (past.cases() > 0) {
                    previousDos.add(past.dosCases());
                }
            }
            return new AssessmentInput(
                    week,
                    current.values(),
                    previous,
                    current.worstGrade(),
                    current.infrastructureGrades(),
                    current.dosCases(),
                    previousDos,
                    notable(week));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read week " + week + " from the store: " + e.getMessage(), e);
        }
    }

    /**
     * The DoS cases of the {@code window} weeks before the week that had cases, newest first: the DoS baseline.
     * The figures keep no DoS series, so the assessment reads it here.
     */
    public List<Long> previousDosCases(IsoWeek week) {
        try {
            List<Long> previousDos = new ArrayList<>();
            for (int back = 1; back <= window; back++) {
                WeekCounts past =
                        cases(week.minusWeeks(back), new EnumMap<>(Headline.class), EnumSet.noneOf(Headline.class));
                if (past.cases() > 0) {
                    previousDos.add(past.dosCases());
                }
            }
            return previousDos;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read week " + week + " from the store: " + e.getMessage(), e);
        }
    }

    private WeekCounts counts(IsoWeek week) throws SQLException {
        Map<Headline, Long> values = new EnumMap<>(Headline.class);
        Set<Headline> withData = EnumSet.noneOf(Headline.class);
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("week-event-indicators"))) {
            bindInstants(statement, week);
            try (ResultSet row = single(statement)) {
                read(row, values, withData, "infected_events", Headline.INFECTED_HOSTS);
                read(row, values, withData, "defacement_events", Headline.DEFACED, Headline.DEFACED_GOV);
                read(row, values, withData, "backdoor_events", Headline.BACKDOORED, Headline.BACKDOORED_GOV);
                read(row, values, withData, "phishing_events", Headline.PHISHING_PAGES);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("week-vulnerability-indicators"))) {
            bindDates(statement, week);
            try (ResultSet row = single(statement)) {
                read(
                        row,
                        values,
                        withData,
                        "new_vulnerabilities",
                        Headline.NEW_VULNERABILITIES,
                        Headline.HIGH_VULNERABILITIES);
            }
        }
        return cases(week, values, withData);
    }

    private WeekCounts cases(IsoWeek week, Map<Headline, Long> values, Set<Headline> withData) throws SQLException {
        long cases = 0;
        long dos = 0;
        Grade worst = null;
        List<Grade> infrastructure = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("week-case-grades"))) {
            bindInstants(statement, week);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong("cases");
                    cases += count;
                    dos += rows.getLong("dos_cases");
                    Grade grade = Grade.parse(rows.getString("grade")).orElse(null);
                    if (grade == null) {
                        continue;
                    }
                    worst = worst == null || grade.atLeast(worst) ? grade : worst;
                    InfrastructureScope scope = InfrastructureScope.fromId(rows.getString("infrastructure_scope"))
                            .orElse(InfrastructureScope.NONE);
                    if (scope != InfrastructureScope.NONE) {
                        infrastructure.addAll(Collections.nCopies((int) count, grade));
                    }
                }
            }
        }
        return new WeekCounts(values, withData, cases, dos, worst, infrastructure);
    }

    private List<NotableVulnerability> notable(IsoWeek week) throws SQLException {
        List<NotableVulnerability> notable = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("week-notable-vulnerabilities"))) {
            bindDates(statement, week);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // getObject: DuckDB's getDouble reads NULL as NaN.
                    Object score = rows.getObject("cvss_score");
                    notable.add(new NotableVulnerability(
                            rows.getString("id"),
                            score == null ? null : ((Number) score).doubleValue(),
                            rows.getBoolean("known_exploited"),
                            rows.getBoolean("zero_day")));
                }
            }
        }
        return notable;
    }

    /** Reads the indicators' columns; the week has data for them when the presence column is above zero. */
    private static void read(
            ResultSet row, Map<Headline, Long> values, Set<Headline> withData, String presence, Headline... indicators)
            throws SQLException {
        boolean hasData = row.getLong(presence) > 0;
        for (Headline indicator : indicators) {
            values.put(indicator, row.getLong(indicator.id()));
            if (hasData) {
                withData.add(indicator);
            }
        }
    }

    private static ResultSet single(PreparedStatement statement) throws SQLException {
        ResultSet row = statement.executeQuery();
        if (!row.next()) {
            row.close();
            throw new SQLException("an aggregate query returned no row");
        }
        return row;
    }

    /** Event and case times are UTC timestamps; the week runs from Monday 00:00 in the configured zone. */
    private void bindInstants(PreparedStatement statement, IsoWeek week) throws SQLException {
        statement.setObject(1, UtcColumns.value(week.start(zone)));
        statement.setObject(2, UtcColumns.value(week.end(zone)));
    }

    /** Vulnerabilities belong to the week of their publication date. */
    private static void bindDates(PreparedStatement statement, IsoWeek week) throws SQLException {
        statement.setObject(1, week.monday());
        statement.setObject(2, week.next().monday());
    }

    private record WeekCounts(
            Map<Headline, Long> values,
            Set<Headline> withData,
            long cases,
            long dosCases,
            @Nullable Grade worstGrade,
            List<Grade> infrastructureGrades) {}
}
