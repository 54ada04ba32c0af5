package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory of real-format feeds from many publishers ingests in one command, and a second time adds nothing. */
class MixedFeedsIT {

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.plain();

    @Test
    void ingestsEveryFeedOfADirectoryWithCountsPerFileAndAddsNothingTheSecondTime() throws Exception {
        Path feeds = Path.of(MixedFeedsIT.class.getResource("mixed-feeds").toURI());

        assertThat(sitrep.run("--data", data.toString(), "ingest", feeds.toString()))
                .as(sitrep.err())
                .isZero();

        // Each file detected as its publisher's format, with its own counts (rejects are the fixtures' bad records).
        Map<String, String> lines = Map.ofEntries(
                Map.entry(
                        "2026-11-23-event4_sinkhole_http-example-geo.csv",
                        "2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected [shadowserver]"),
                Map.entry(
                        "2026-11-22-compromised_website-example-geo.csv",
                        "3 read, 3 accepted, 0 duplicate, 0 skipped, 0 rejected [shadowserver]"),
                Map.entry("csv_recent.csv", "2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected [urlhaus-csv]"),
                Map.entry("recent.csv", "4 read, 4 accepted, 0 duplicate, 0 skipped, 0 rejected [threatfox-csv]"),
                Map.entry("ipblocklist.json", "2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected [feodo-json]"),
                Map.entry("online-valid.csv", "4 read, 2 accepted, 0 duplicate, 2 skipped, 0 rejected [phishtank-csv]"),
                Map.entry("defacements.csv", "2 read, 2 accepted, 0 duplicate, 0 skipped, 0 rejected [zone-h-csv]"),
                Map.entry("bundle.json", "8 read, 6 accepted, 0 duplicate, 2 skipped, 0 rejected [stix2-bundle]"),
                // the QakBot C2 203.0.113.188:443 first seen 2026-11-20 is Feodo Tracker's too: one observation
                Map.entry("misp-event.json", "7 read, 5 accepted, 1 duplicate, 1 skipped, 0 rejected [misp-event]"),
                Map.entry("cve-records.jsonl", "5 read, 2 accepted, 0 duplicate, 1 skipped, 2 rejected [cve-json5]"),
                Map.entry("cnvd-weekly.xml", "4 read, 2 accepted, 0 duplicate, 0 skipped, 2 rejected [cnvd-xml]"),
                // The catalogue marks a CVE of cve-records.jsonl as known exploited: an update, not a new record.
                Map.entry(
                        "kev-catalog.json",
                        "3 read, 1 accepted, 0 duplicate, 1 updated, 0 skipped, 1 rejected [kev-json]"));
        lines.forEach((file, counts) -> assertThat(sitrep.out()).contains(file + ": " + counts));
        assertThat(sitrep.out()).contains("cve-records.jsonl:4 record — not JSON");
        long[] stored = storeCounts();
        // Events accepted: 3 + 2 + 2 + 4 + 2 + 2 + 2 + 6 + 5 = 28; vulnerabilities: 2 (CVE) + 2 (CNVD) + 1 (KEV) = 5.
        assertThat(stored).containsExactly(28, 5);

        sitrep.clearOut();
        assertThat(sitrep.run("--data", data.toString(), "rejects")).isZero();
        assertThat(sitrep.out().lines())
                .hasSize(5) // 2 (CVE) + 2 (CNVD) + 1 (KEV), as counted above
                .contains("cve-records.jsonl:4 record — not JSON: Unexpected end-of-input: was expecting closing quote"
                        + " for a string value [bad-json]");

        sitrep.clearOut();
        assertThat(sitrep.run("--data", data.toString(), "ingest", feeds.toString()))
                .isZero();
        assertThat(sitrep.out()).contains("total: 12 files, 0 read, 0 accepted");
        lines.keySet().forEach(file -> assertThat(sitrep.out()).contains(file + ": already ingested"));
        assertThat(storeCounts()).isEqualTo(stored);
    }

    private long[] storeCounts() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + data.resolve("sitrep.duckdb"));
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM vulnerabilities)")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }
}
