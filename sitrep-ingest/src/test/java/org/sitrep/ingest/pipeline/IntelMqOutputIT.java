package org.sitrep.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureId;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.formats.FormatRegistry;
import org.sitrep.ingest.store.FreshStore;
import org.sitrep.ingest.store.RunCounts;

/**
 * Events as IntelMQ's file output writes them, with the harmonization's names and types
 * ({@code intelmq-output.jsonl}): taken as they are, every field readable by SQL, defacements counted.
 */
class IntelMqOutputIT extends FreshStore {

    @BeforeEach
    void ingest() throws Exception {
        Path file = dir.resolve("intelmq-output.jsonl");
        try (InputStream in = IntelMqOutputIT.class.getResourceAsStream("intelmq-output.jsonl")) {
            Files.copy(in, file);
        }
        FileSummary summary = new IngestPipeline(
                        store,
                        FormatRegistry.load(),
                        List.of(),
                        IngestSettings.defaults(),
                        ProgressListener.NONE,
                        Clock.systemUTC())
                .ingestFile(file);
        assertThat(summary.format()).isEqualTo("intelmq-jsonl");
        assertThat(summary.counts()).isEqualTo(new RunCounts(6, 6, 0, 0, 0, 0));
    }

    @Test
    void anEventWithoutTimeSourceTakesItsObservationAndSaysSo() throws SQLException {
        String where = " FROM events WHERE feed_name = 'OpenPhish'";

        assertThat(text("SELECT strftime(time_source, '%Y-%m-%dT%H:%M:%S')" + where))
                .isEqualTo("2026-11-24T03:15:00");
        assertThat(text("SELECT json_extract_string(extra, '$.time_source_fallback')" + where))
                .isEqualTo("time.observation");
        assertThat(text("SELECT kind" + where)).isEqualTo("phishing");
    }

    @Test
    void keepsEveryHarmonizedFieldWhereSqlCanReadIt() throws SQLException {
        String where = " FROM events WHERE source_ip = '198.51.100.62'";

        assertThat(text("SELECT source_network" + where)).isEqualTo("198.51.100.0/24");
        assertThat(text("SELECT destination_url" + where)).isEqualTo("http://cdn.evil.example/inject.js");
        assertThat(text("SELECT json_extract_string(extra, '$.\"source.reverse_dns\"')" + where))
                .isEqualTo("62.100.51.198.example.net");
        assertThat(text("SELECT json_extract_string(extra, '$.screenshot_url')" + where))
                .isEqualTo("https://screens.example.org/62.png");
        assertThat(text("SELECT json_extract_string(extra, '$.\"event_description.url\"')" + where))
                .isEqualTo("https://www.shadowserver.org/what-we-do/network-reporting/compromised-website-report/");
        assertThat(text("SELECT json_extract(extra, '$.\"source.tor_node\"')::VARCHAR" + where))
                .isEqualTo("false");
        assertThat(text("SELECT json_extract(extra, '$.\"source.geolocation.latitude\"')::DOUBLE::VARCHAR" + where))
                .isEqualTo("30.25");
        assertThat(text("SELECT json_extract_string(extra, '$.\"malware.hash.md5\"')" + where))
                .isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(text("SELECT json_extract_string(extra, '$.\"feed.code\"')" + where))
                .isEqualTo("SSCW");
        assertThat(text("SELECT json_extract_string(extra, '$.\"source.registry\"')" + where))
                .isEqualTo("APNIC");
        assertThat(text("SELECT json_extract_string(extra, '$.comment')" + where))
                .isEqualTo("injected script");
        assertThat(text("SELECT json_extract_string(extra, '$.tag')" + where)).isEqualTo("injected");
        String phishing = " FROM events WHERE feed_name = 'OpenPhish'";
        assertThat(text("SELECT json_extract_string(extra, '$.status')" + phishing))
                .isEqualTo("online");
        assertThat(text("SELECT json_extract_string(extra, '$.\"protocol.transport\"')" + phishing))
                .isEqualTo("tcp");
        assertThat(text("SELECT json_extract_string(extra, '$.\"protocol.application\"')" + phishing))
                .isEqualTo("http");
    }

    @Test
    void countsIntelMqDefacementsInTheBulletinsDefacementFigures() {
        WeeklyFigures figures = new FigureEngine(
                        store.connection(),
                        new FigureSettings("CN", ZoneOffset.UTC, FigureSettings.DEFAULT_WORM_FAMILIES, "duckdb"))
                .compute(new IsoWeek(2026, 48));

        // www.county-a.gov.cn and shop.example.cn (Zone-H via IntelMQ), news.example.com.cn (Shadowserver's
        // compromised-website), portal.example.cn (IntelMQ 2's type defacement)
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED).count()).isEqualTo(4);
        assertThat(figures.figure(FigureId.WEBSITES_DEFACED_GOV).count()).isEqualTo(1);
    }

    @Test
    void storesWhatTheBulletinDoesNotCountUnderItsKind() throws SQLException {
        assertThat(text("SELECT kind FROM events WHERE classification_type = 'scanner'"))
                .isEqualTo("other");
        assertThat(text("SELECT json_extract_string(extra, '$.\"protocol.application\"') FROM events"
                        + " WHERE classification_type = 'scanner'"))
                .isEqualTo("ssh");
    }
}
