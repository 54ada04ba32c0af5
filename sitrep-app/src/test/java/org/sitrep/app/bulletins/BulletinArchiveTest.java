package org.sitrep.app.bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.store.Migrations;
import org.sitrep.core.week.IsoWeek;

class BulletinArchiveTest {

    private static final IsoWeek W45 = new IsoWeek(2024, 45);
    private static final IsoWeek W46 = new IsoWeek(2024, 46);

    @TempDir
    Path dir;

    private Connection connection;
    private BulletinArchive archive;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("store.duckdb"));
        Migrations.migrate(connection);
        archive = new BulletinArchive(connection, Clock.fixed(Instant.parse("2024-11-12T02:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void aDraftIsReplacedUntilPublished() throws Exception {
        archive.saveDraft(W45, "{\"v\":1}", "{}");
        archive.saveDraft(W45, "{\"v\":2}", "{}");

        Issue latest = archive.latest(W45).orElseThrow();
        assertThat(latest.revision()).isEqualTo(1);
        assertThat(latest.figuresJson()).isEqualTo("{\"v\":2}");
        assertThat(latest.published()).isFalse();
        assertThat(archive.published(W45)).isEmpty();
    }

    @Test
    void publishingFreezesTheFiguresAndACorrectionIsANewRevision() throws Exception {
        archive.saveDraft(W45, "{\"v\":1}", "{}");
        Issue first = archive.publish(W45, null);
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2024-11-12T02:00:00Z"));

        // More data arrives: recomputing opens revision 2 and leaves revision 1 as published.
        Issue draft = archive.saveDraft(W45, "{\"v\":3}", "{}");
        assertThat(draft.revision()).isEqualTo(2);
        assertThat(archive.published(W45).orElseThrow().figuresJson()).isEqualTo("{\"v\":1}");

        assertThatThrownBy(() -> archive.publish(W45, " ")).hasMessageContaining("say what changed");
        Issue second = archive.publish(W45, "late sinkhole data for Nov 9");
        assertThat(second.revision()).isEqualTo(2);
        assertThat(archive.published(W45).orElseThrow().figuresJson()).isEqualTo("{\"v\":3}");
        assertThat(archive.published(W45).orElseThrow().changeNote()).isEqualTo("late sinkhole data for Nov 9");
        assertThat(archive.allRevisions()).extracting(Issue::revision).containsExactly(2, 1);
    }

    @Test
    void listsThePublishedIssuesNewestFirstOnceEach() throws Exception {
        archive.saveDraft(W45, "{}", "{}");
        archive.publish(W45, null);
        archive.saveDraft(W45, "{\"fixed\":true}", "{}");
        archive.publish(W45, "fixed");
        archive.saveDraft(W46, "{}", "{}");
        archive.publish(W46, null);
        archive.saveDraft(new IsoWeek(2024, 47), "{}", "{}");

        assertThat(archive.publishedIssues())
                .extracting(Issue::week, Issue::revision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(W46, 1), org.assertj.core.groups.Tuple.tuple(W45, 2));
    }

    @Test
    void refusesToPublishAWeekWithoutDraft() {
        assertThatThrownBy(() -> archive.publish(W46, null)).hasMessageContaining("no draft");
    }
}
