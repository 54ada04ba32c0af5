package org.sitrep.core.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.assessment.AssessmentInput;
import org.sitrep.core.assessment.NotableVulnerability;
import org.sitrep.core.assessment.StoreAssessmentInputs;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;

/** The assessment fed from the bulletin's own figures, on the fixture the assessment's store reader is tested with. */
class AssessmentInputsIT {

    private static final IsoWeek W45 = new IsoWeek(2024, 45);

    @TempDir
    Path dir;

    @Test
    void feedsTheAssessmentTheFiguresTheBulletinPrints() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"))) {
            Migrations.migrate(connection);
            load(connection);
            StoreAssessmentInputs store = new StoreAssessmentInputs(connection, ZoneId.of("Asia/Shanghai"), 12);

            AssessmentInput input = AssessmentInputs.from(
                    new FigureEngine(connection, FigureSettings.defaults()).compute(W45), store.previousDosCases(W45));

            // The fixture's week, counted by hand in StoreAssessmentInputsIT: 2 infected hosts, 2 defaced sites of
            // which 1 government, 1 phishing page with a domestic target, 3 vulnerabilities of which 2 high.
            assertThat(input.thisWeek())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            Headline.INFECTED_HOSTS, 2L,
                            Headline.DEFACED, 2L,
                            Headline.DEFACED_GOV, 1L,
                            Headline.BACKDOORED, 0L,
                            Headline.BACKDOORED_GOV, 0L,
                            Headline.PHISHING_PAGES, 1L,
                            Headline.NEW_VULNERABILITIES, 3L,
                            Headline.HIGH_VULNERABILITIES, 2L));
            // Previous weeks, newest first: W44 has one infected host, W43 one defaced site; weeks without any
            // record are left out of the baseline.
            assertThat(input.previousWeeks().get(Headline.INFECTED_HOSTS)).startsWith(1L);
            assertThat(input.previousWeeks().get(Headline.DEFACED)).contains(1L);
            // The rejected extraordinary case does not count; the major provincial one is an infrastructure incident.
            assertThat(input.worstCaseGrade()).isEqualTo(Grade.MAJOR);
            assertThat(input.infrastructureIncidentGrades()).containsExactly(Grade.MAJOR);
            assertThat(input.dosCases()).isEqualTo(1);
            assertThat(input.previousDosCases()).containsExactly(1L);
            assertThat(input.vulnerabilities())
                    .contains(
                            new NotableVulnerability("CVE-2024-0002", 9.8, true, false),
                            new NotableVulnerability("CVE-2024-0003", null, false, true));
        }
    }

    private void load(Connection connection) throws Exception {
        String script;
        try (InputStream in = StoreAssessmentInputs.class.getResourceAsStream("store-week-2024-W45.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : List.of(script.split(";\\s*\n"))) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }
}
