package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;

/**
 * Section 5 (cases handled: closed as resolved in the week) and the overview's incidents (cases reported in the
 * week and not rejected: an incident weighs on the week it happened, not the week it was closed).
 */
final class CaseMeasurer {

    private final FigureQueries queries;

    CaseMeasurer(FigureQueries queries) {
        this.queries = queries;
    }

    /** Measures this week ({@code weeks.get(1)}) and last week ({@code weeks.get(0)}), a statement per week: cases are few. */
    void measure(WeekSpan span, List<WeekMeasures> weeks) {
        for (int weekIndex = 0; weekIndex < weeks.size(); weekIndex++) {
            measure(span.lastTwo(weekIndex), weeks.get(weekIndex));
        }
    }

    private void measure(WeekWindow window, WeekMeasures out) {
        Map<String, Long> handled = queries.counts("cases_handled", window);
        out.put(FigureId.CASES_HANDLED, handled.get("handled"));
        out.put(FigureId.CASES_CROSS_BORDER, handled.get("cross_border"));
        Distribution types = out.put(DistributionId.CASES_BY_TYPE, queries.entries("cases_types", window));
        out.put(FigureId.CASES_PHISHING, types.count("phishing"));
        out.put(DistributionId.CASES_BY_PARTNER_KIND, queries.entries("cases_partner_kinds", window));
        out.put(DistributionId.CASES_PHISHING_BY_SECTOR, queries.entries("cases_phishing_sectors", window));
        out.put(
                FigureId.CASES_MOBILE_PLATFORMS,
                queries.counts("cases_mobile_platforms", window).get("platforms"));
        Set<String> urls = new TreeSet<>();
        queries.items("cases_mobile_targets", window).forEach(targets -> urls.addAll(TargetList.parse(targets)));
        out.put(FigureId.CASES_MOBILE_URLS, (long) urls.size());
        incidents(window, out);
    }

    private record GradeRow(Optional<Grade> grade, Optional<InfrastructureScope> scope, long total, long dos) {}

    private void incidents(WeekWindow window, WeekMeasures out) {
        List<GradeRow> rows = queries.rows(
                "incidents",
                window,
                row -> new GradeRow(
                        Grade.parse(row.getString("grade")),
                        InfrastructureScope.fromId(row.getString("infrastructure_scope")),
                        row.getLong("total"),
                        row.getLong("dos")));
        Grade worst = null;
        long dos = 0;
        List<Incidents.GradedIncidents> infrastructure = new ArrayList<>();
        for (GradeRow row : rows) {
            dos += row.dos();
            if (row.grade().isEmpty()) {
                continue;
            }
            Grade grade = row.grade().get();
            worst = worst == null || grade.atLeast(worst) ? grade : worst;
            InfrastructureScope scope = row.scope().orElse(InfrastructureScope.NONE);
            if (grade.atLeast(Grade.LARGE) && scope != InfrastructureScope.NONE) {
                infrastructure.add(new Incidents.GradedIncidents(grade, scope, row.total()));
            }
        }
        infrastructure.sort(Comparator.comparing(Incidents.GradedIncidents::grade)
                .thenComparing(Incidents.GradedIncidents::scope, Comparator.reverseOrder()));
        out.incidents = new Incidents(merge(infrastructure), worst, dos);
        out.put(FigureId.INCIDENTS_GRADED_INFRASTRUCTURE, out.incidents.infrastructureCount());
        out.put(FigureId.INCIDENTS_DOS, dos);
    }

    /** Rows whose grade was written differently (较大 and large) become one entry per grade and scope. */
    private static List<Incidents.GradedIncidents> merge(List<Incidents.GradedIncidents> sorted) {
        List<Incidents.GradedIncidents> merged = new ArrayList<>();
        for (Incidents.GradedIncidents entry : sorted) {
            Incidents.GradedIncidents last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && last.grade() == entry.grade() && last.scope() == entry.scope()) {
                merged.set(
                        merged.size() - 1,
                        new Incidents.GradedIncidents(entry.grade(), entry.scope(), last.cases() + entry.cases()));
            } else {
                merged.add(entry);
            }
        }
        return merged;
    }
}
