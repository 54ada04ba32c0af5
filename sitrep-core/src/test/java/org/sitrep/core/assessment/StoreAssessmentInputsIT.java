package org.sitrep.core.assessment;

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
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;

class StoreAssessmentInputsIT {

    @TempDir
    Path dir;

    @Test
    void computesTheWeekAndItsHistoryFromTheStore() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"))) {
            Migrations.migrate(connection);
            load(connection, "store-week-2024-W45.sql");

            AssessmentInput input = new StoreAssessmentInputs(connection, ZoneId.of("Asia/Shanghai"), 12)
                    .inputFor(new IsoWeek(2024, 45));

            // Infected: 198.51.100.1 (twice, from Monday 00:00 on) and .2 (Sunday 23:59:59); not the foreign one,
            // not .7 (a second before Monday, so W44) nor .8 (next Monday). Defaced: two domestic sites, one a
            // government site. Phishing: one page with a domestic target. Vulnerabilities published 11-04..11-10.
            assertThat(input.thisWeek())
                    .containsAllEntriesOf(Map.of(
                            Headline.INFECTED_HOSTS, 2L,
                            Headline.DEFACED, 2L,
                            Headline.DEFACED_GOV, 1L,
                            Headline.BACKDOORED, 0L,
                            Headline.BACKDOORED_GOV, 0L,
                            Headline.PHISHING_PAGES, 1L,
                            Headline.NEW_VULNERABILITIES, 3L,
                            Headline.HIGH_VULNERABILITIES, 2L));
            // W44 has one infected host; W43 one defaced site; no earlier week has backdoor, phishing or
            // vulnerability data, so those histories are empty rather than zeros.
            assertThat(input.previousWeeks().get(Headline.INFECTED_HOSTS)).containsExactly(1L);
            assertThat(input.previousWeeks().get(Headline.DEFACED)).containsExactly(1L);
            assertThat(input.previousWeeks().get(Headline.DEFACED_GOV)).containsExactly(0L);
            assertThat(input.previousWeeks().get(Headline.BACKDOORED)).isEmpty();
            assertThat(input.previousWeeks().get(Headline.HIGH_VULNERABILITIES)).isEmpty();
            // Cases: the rejected extraordinary one does not count; the major provincial one is an infrastructure
            // incident; one DoS case this week and one in W42.
            assertThat(input.worstCaseGrade()).isEqualTo(Grade.MAJOR);
            assertThat(input.infrastructureIncidentGrades()).containsExactly(Grade.MAJOR);
            assertThat(input.dosCases()).isEqualTo(1);
            assertThat(input.previousDosCases()).containsExactly(1L);
            assertThat(input.vulnerabilities())
                    .containsExactly(
                            new NotableVulnerability("CVE-2024-0002", 9.8, true, false),
                            new NotableVulnerability("CVE-2024-0003", null, false, true));
        }
    }

    private void load(Connection connection, String resource) throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
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
