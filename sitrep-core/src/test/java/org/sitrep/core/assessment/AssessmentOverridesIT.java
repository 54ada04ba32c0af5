package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;

class AssessmentOverridesIT {

    private static final IsoWeek WEEK = new IsoWeek(2024, 45);

    @TempDir
    Path dir;

    private Connection connection;
    private TimeZone zone;

    @BeforeEach
    void open() throws Exception {
        // A zone far from UTC: the stored time must not depend on the machine's zone.
        zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
        Migrations.migrate(connection);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        TimeZone.setDefault(zone);
    }

    @Test
    void keepsEveryOverrideAndAppliesTheLatest() throws Exception {
        AssessmentOverrides overrides = new AssessmentOverrides(connection);
        BandOverride first = new BandOverride(
                Band.FAIR, "the major case was contained", "li.wei", Instant.parse("2024-11-11T02:00:00Z"));
        BandOverride second = new BandOverride(
                Band.POOR,
                "the outage spread to a second province",
                "zhang.min",
                Instant.parse("2024-11-11T09:30:00Z"));
        overrides.record(WEEK, second, Band.POOR);
        overrides.record(WEEK, first, Band.POOR);
        overrides.record(WEEK.previous(), first, Band.GOOD);

        assertThat(overrides.latest(WEEK)).contains(second);
        assertThat(overrides.history(WEEK))
                .containsExactly(
                        new AssessmentOverrides.Recorded(WEEK, first, Band.POOR),
                        new AssessmentOverrides.Recorded(WEEK, second, Band.POOR));
        assertThat(overrides.latest(WEEK.next())).isEmpty();
    }

    @Test
    void storesTimesInUtcAndBandsByTheirId() throws Exception {
        new AssessmentOverrides(connection)
                .record(
                        WEEK,
                        new BandOverride(Band.FAIR, "reason", "li.wei", Instant.parse("2024-11-11T02:00:00Z")),
                        Band.POOR);

        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT week, band, computed_band, CAST(created_at AS VARCHAR) FROM assessment_overrides")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("2024-W45");
            assertThat(rows.getString(2)).isEqualTo("fair");
            assertThat(rows.getString(3)).isEqualTo("poor");
            assertThat(rows.getString(4)).isEqualTo("2024-11-11 02:00:00");
        }
    }
}
