package org.sitrep.app.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.FigureId;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.model.Blocklist;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.text.Block;
import org.sitrep.report.text.BulletinWriter;
import org.sitrep.report.text.Language;

/**
 * A week's host figure reads the same in its own issue and in the next issue's headline table (spec/bulletin.md §2:
 * the parts add up as written), and the next issue restates the published, frozen number even after late data.
 */
class RestatedLastWeekIT {

    private static final IsoWeek W44 = new IsoWeek(2024, 44);
    private static final IsoWeek W45 = new IsoWeek(2024, 45);

    @TempDir
    Path dir;

    private Connection connection;
    private Bulletins bulletins;
    private final SitrepConfig config = SitrepConfig.defaults();

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
        Migrations.migrate(connection);
        bulletins = new Bulletins(
                connection,
                config,
                dir,
                Clock.fixed(Instant.parse("2024-11-12T02:00:00Z"), ZoneOffset.UTC),
                warning -> {});
        // W44: 1449 mirai hosts + 1449 conficker hosts = 2898. Alone, 2898 rounds to 0.3万; its parts round to 0.1万
        // each, so its issue writes the total as their sum, 0.2万 (the parts must add up as written).
        hosts(1, 1449, "mirai", "2024-10-30 02:00:00");
        hosts(10_001, 1449, "conficker", "2024-10-30 02:00:00");
        // W45: 2000 mirai hosts → 0.2万 (parts 0.2 + 0.0)
        hosts(20_001, 2000, "mirai", "2024-11-06 02:00:00");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void theNextIssueWritesLastWeekAsLastWeeksIssueDid() throws Exception {
        assertThat(hostsRow(W44).get(1)).as("W44 in its own issue").isEqualTo("0.2万");
        assertThat(hostsRow(W45).get(2)).as("W44 in W45's table").isEqualTo("0.2万");
    }

    @Test
    void thePublishedWeekIsRestatedEvenAfterLateData() throws Exception {
        bulletins.publish(W44, null);
        String published = hostsRow(W44).get(1);
        // Late reports for W44: 700 more mirai hosts (live W44 would now be 3598 → 0.2 + 0.1 = 0.3万)
        hosts(30_001, 700, "mirai", "2024-10-31 02:00:00");

        Issue next = bulletins.draft(W45);
        var lastWeek = ReportJson.read(next).figures().figure(FigureId.MALWARE_INFECTED_HOSTS);
        assertThat(lastWeek.lastWeek().longValue()).as("frozen W44 count").isEqualTo(2898L);
        // (2000 − 2898) / 2898 × 100 = −30.99 → a fall of 31.0%, computed against the published count
        assertThat(lastWeek.change().percent()).isCloseTo(-30.987, org.assertj.core.data.Offset.offset(0.001));
        List<String> row = row(next);
        assertThat(row.get(2)).isEqualTo(published).isEqualTo("0.2万");
        assertThat(row.get(3)).isEqualTo("▼31.0%");
    }

    private void hosts(int first, int count, String family, String at) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO events (dedup_key, time_source, feed_name, classification_type,"
                    + " classification_identifier, source_ip, kind, domestic, government, ip_literal)"
                    + " SELECT " + first + " + i, TIMESTAMP '" + at + "', 'sinkhole', 'infected-system', '" + family
                    + "', '10.' || ((" + first + " + i) // 65536) || '.' || (((" + first + " + i) // 256) % 256)"
                    + " || '.' || ((" + first + " + i) % 256), 'infected', true, false, false FROM range(" + count
                    + ") t(i)");
        }
    }

    /** The headline's infected-hosts row of the week's issue: label, this week, last week, change. */
    private List<String> hostsRow(IsoWeek week) throws Exception {
        return row(bulletins.issue(week, false));
    }

    private List<String> row(Issue issue) {
        BulletinView view = BulletinViews.of(
                ReportJson.read(issue),
                config,
                List.of(),
                w -> "",
                new Blocklist(List.of(), List.of(), List.of()),
                warning -> {});
        Block.Headline headline = BulletinWriter.write(view, Language.CHINESE).section("overview").blocks().stream()
                .filter(Block.Headline.class::isInstance)
                .map(Block.Headline.class::cast)
                .findFirst()
                .orElseThrow();
        Block.HeadlineRow row = headline.rows().getFirst();
        return List.of(row.indicator(), row.thisWeek(), row.lastWeek(), row.change());
    }
}
