package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.core.figures.FigureStore.W45;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.InfrastructureScope;

class CaseFiguresIT {

    private static final String REPORTED = "2024-11-01 02:00:00";
    private static final String CLOSED_IN_W45 = "2024-11-06 08:00:00";

    private FigureStore store;

    @BeforeEach
    void open() throws Exception {
        store = new FigureStore();
        // handled in W45 (resolved, closed in the week):
        // C1 phishing, bank, cross-border, partners: registrar (abroad) + telecom operator
        store.caseRow(
                "C1",
                "phishing",
                "一般",
                REPORTED,
                "[\"http://login.example.net/\"]",
                true,
                "none",
                "resolved",
                CLOSED_IN_W45,
                "bank");
        store.partner("C1", 0, "Example Registrar", "registrar", "US");
        store.partner("C1", 1, "Example Telecom", "telecom-operator", "CN");
        // C2 phishing, sector unknown, two telecom partners → counted once for telecom-operator
        store.caseRow("C2", "phishing", null, REPORTED, null, false, "none", "resolved", CLOSED_IN_W45, null);
        store.partner("C2", 0, "Example Telecom", "telecom-operator", "CN");
        store.partner("C2", 1, "Other Telecom", "telecom-operator", "CN");
        // C3 mobile malware: two app stores, three URLs (one repeated in C4)
        store.caseRow(
                "C3",
                "mobile-malware",
                null,
                REPORTED,
                "[\"https://a.example/x.apk\",\"https://b.example/y.apk\",\"https://c.example/z.apk\"]",
                false,
                "none",
                "resolved",
                "2024-11-03 16:00:00",
                null);
        store.partner("C3", 0, "Store A", "app-store", "CN");
        store.partner("C3", 1, "Store B", "app-store", "CN");
        // C4 mobile malware: Store A again (one platform), URLs as a plain list, one already in C3
        store.caseRow(
                "C4",
                "mobile-malware",
                null,
                REPORTED,
                "https://a.example/x.apk, https://d.example/w.apk",
                false,
                "none",
                "resolved",
                CLOSED_IN_W45,
                null);
        store.partner("C4", 0, "Store A", "app-store", "CN");
        // not handled in W45: rejected in the week, resolved the Sunday before (15:59:59Z), still open
        store.caseRow("C5", "phishing", null, REPORTED, null, false, "none", "rejected", CLOSED_IN_W45, "bank");
        store.partner("C5", 0, "Example Registrar", "registrar", "US");
        store.caseRow("C6", "defacement", null, REPORTED, null, false, "none", "resolved", "2024-11-03 15:59:59", null);
        store.caseRow("C7", "dos", null, REPORTED, null, false, "none", "coordinating", null, null);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void countsCasesResolvedInTheWeek() {
        WeeklyFigures figures = store.engine().compute(W45);
        // C1, C2, C3 (closed Monday 00:00 Shanghai), C4 → 4; C5 rejected, C6 closed in W44, C7 open
        assertThat(figures.figure(FigureId.CASES_HANDLED).thisWeek()).isEqualTo(4L);
        // W44: C6 → 1; (4 − 1) / 1 = +300 %
        assertThat(figures.figure(FigureId.CASES_HANDLED).lastWeek()).isEqualTo(1L);
        assertThat(figures.figure(FigureId.CASES_HANDLED).change().percent()).isEqualTo(300.0);
        // cross-border: C1 → 1
        assertThat(figures.figure(FigureId.CASES_CROSS_BORDER).thisWeek()).isEqualTo(1L);
        // phishing complaints handled: C1, C2 → 2
        assertThat(figures.figure(FigureId.CASES_PHISHING).thisWeek()).isEqualTo(2L);
    }

    @Test
    void distributesByTypePartnerKindAndSector() {
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.distribution(DistributionId.CASES_BY_TYPE).entries())
                .containsExactly(new Distribution.Entry("mobile-malware", 2), new Distribution.Entry("phishing", 2));
        // app-store: C3, C4 → 2; telecom-operator: C1, C2 (C2 has two) → 2; registrar: C1 → 1 (C5 rejected)
        assertThat(figures.distribution(DistributionId.CASES_BY_PARTNER_KIND).entries())
                .containsExactly(
                        new Distribution.Entry("app-store", 2),
                        new Distribution.Entry("telecom-operator", 2),
                        new Distribution.Entry("registrar", 1));
        // phishing by sector: C1 bank, C2 unknown
        assertThat(figures.distribution(DistributionId.CASES_PHISHING_BY_SECTOR).entries())
                .containsExactly(new Distribution.Entry("bank", 1), new Distribution.Entry("unknown", 1));
    }

    @Test
    void countsMobileMalwarePlatformsAndUrls() {
        WeeklyFigures figures = store.engine().compute(W45);
        // platforms: Store A (C3, C4), Store B → 2
        assertThat(figures.figure(FigureId.CASES_MOBILE_PLATFORMS).thisWeek()).isEqualTo(2L);
        // URLs: a/x.apk (C3 and C4), b/y.apk, c/z.apk, d/w.apk → 4
        assertThat(figures.figure(FigureId.CASES_MOBILE_URLS).thisWeek()).isEqualTo(4L);
    }

    @Test
    void reportsGradedInfrastructureIncidentsAndTheWorstGrade() throws Exception {
        String inW45 = "2024-11-05 03:00:00";
        // reported in W45: 较大 national, large (same grade spelt as id) national, 重大 provincial, 重大 without
        // infrastructure, 一般 provincial (too low), a rejected 特别重大 (not an incident), a DoS case
        store.caseRow("I1", "dos", "较大", inW45, null, false, "national", "coordinating", null, null);
        store.caseRow("I2", "malicious-code", "large", inW45, null, false, "national", "new", null, null);
        store.caseRow("I3", "other", "重大", inW45, null, false, "provincial", "resolved", CLOSED_IN_W45, null);
        store.caseRow("I4", "dos", "重大", inW45, null, false, "none", "new", null, null);
        store.caseRow("I5", "other", "一般", inW45, null, false, "provincial", "new", null, null);
        store.caseRow("I6", "other", "特别重大", inW45, null, false, "national", "rejected", CLOSED_IN_W45, null);
        WeeklyFigures figures = store.engine().compute(W45);
        // infrastructure, grade ≥ 较大: 重大 provincial (I3) 1; 较大 national (I1, I2) 2 → 3 in all
        assertThat(figures.incidents().infrastructure())
                .containsExactly(
                        new Incidents.GradedIncidents(Grade.MAJOR, InfrastructureScope.PROVINCIAL, 1),
                        new Incidents.GradedIncidents(Grade.LARGE, InfrastructureScope.NATIONAL, 2));
        assertThat(figures.figure(FigureId.INCIDENTS_GRADED_INFRASTRUCTURE).thisWeek())
                .isEqualTo(3L);
        // worst grade of the week: 重大 (I3, I4); I6 was rejected
        assertThat(figures.incidents().worstGrade()).isEqualTo(Grade.MAJOR);
        // DoS: I1, I4 → 2 (C7 was reported in W44)
        assertThat(figures.incidents().dosCases()).isEqualTo(2L);
        assertThat(figures.figure(FigureId.INCIDENTS_DOS).thisWeek()).isEqualTo(2L);
        assertThat(figures.figure(FigureId.INCIDENTS_DOS).lastWeek()).isEqualTo(1L);
    }

    @Test
    void hasNoWorstGradeInAWeekWithoutGradedCases() {
        // only W44 reports: C1 一般 was reported 2024-11-01 (W44)
        WeeklyFigures figures = store.engine().compute(W45);
        assertThat(figures.incidents().worstGrade()).isNull();
        assertThat(figures.incidents().infrastructure()).isEmpty();
        assertThat(store.engine().compute(W45.previous()).incidents().worstGrade())
                .isEqualTo(Grade.GENERAL);
    }
}
