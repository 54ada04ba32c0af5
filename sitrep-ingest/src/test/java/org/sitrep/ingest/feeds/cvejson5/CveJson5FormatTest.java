package org.sitrep.ingest.feeds.cvejson5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.resource;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.run;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.vulnerability;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.core.vulnerability.Vulnerability.Cvss;
import org.sitrep.ingest.feeds.vulnerability.FormatRun;
import org.sitrep.ingest.feeds.vulnerability.FormatRun.Parsed;

class CveJson5FormatTest {

    private final CveJson5Format format = new CveJson5Format();

    @Test
    void readsSingleRecordPreferringCnaV4Metric() {
        List<Parsed> parsed = run(format, resource(getClass(), "cve-record-cna-v4-v31.json"));

        assertThat(parsed).hasSize(1);
        assertThat(parsed.get(0).line()).isEqualTo(1);
        assertThat(vulnerability(parsed.get(0)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-12345",
                        List.of(),
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 27),
                        "OS command injection in Example Gateway web UI",
                        "An OS command injection in the diagnostics page of Example Gateway before 7.4.2 allows"
                                + " unauthenticated remote attackers to run commands.",
                        Severity.CRITICAL,
                        new Cvss("4.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3),
                        AffectedObject.NETWORK_DEVICE,
                        "ExampleSoft",
                        "Example Gateway",
                        false,
                        true,
                        false,
                        "cve-json5"));
    }

    @Test
    void readsArrayComputingMissingScoreAndReadingV2() {
        List<Parsed> parsed = run(format, resource(getClass(), "cve-records-array.json"));

        assertThat(parsed).hasSize(2);
        // CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H has no published score: 9.8 by the v3.1 formula, critical.
        assertThat(vulnerability(parsed.get(0)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-20001",
                        List.of(),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 24),
                        "Authentication bypass in Example Router admin page",
                        "The admin page of the Example Router AX10 lets an attacker skip authentication.",
                        Severity.CRITICAL,
                        new Cvss("3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
                        AffectedObject.NETWORK_DEVICE,
                        "ExampleNet",
                        "Example Router AX10",
                        false,
                        true,
                        false,
                        "cve-json5"));
        // 2026-11-25T01:30+08:00 is 2026-11-24 in UTC; v2 AV:L score 4.6 is medium and not remote.
        assertThat(vulnerability(parsed.get(1)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-20002",
                        List.of(),
                        LocalDate.of(2026, 11, 24),
                        null,
                        null,
                        "A local user can escalate privileges through the ExampleDB backup tool.",
                        Severity.MEDIUM,
                        new Cvss("2.0", "AV:L/AC:L/Au:N/C:P/I:P/A:P", 4.6),
                        AffectedObject.DATABASE,
                        "ExampleCorp",
                        "ExampleDB database server",
                        false,
                        false,
                        false,
                        "cve-json5"));
    }

    @Test
    void readsJsonLinesWithRejectedAdpKevMissingMetricsAndBadLines() {
        List<Parsed> parsed = run(format, resource(getClass(), "cve-records.jsonl"));

        assertThat(parsed).extracting(Parsed::line).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(parsed.get(0).outcome()).isInstanceOf(ParseOutcome.Skipped.class);
        assertThat(vulnerability(parsed.get(1)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-20004",
                        List.of(),
                        LocalDate.of(2026, 11, 25),
                        LocalDate.of(2026, 11, 26),
                        "Stored XSS in Example CMS comments plugin",
                        "Stored cross-site scripting in the comments plugin of Example CMS.",
                        Severity.MEDIUM,
                        new Cvss("3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
                        AffectedObject.WEB_APPLICATION,
                        "Example Org",
                        "Example CMS",
                        true,
                        true,
                        true,
                        "cve-json5"));
        assertThat(parsed.get(2).outcome())
                .isEqualTo(new ParseOutcome.Rejected(
                        "cveMetadata.datePublished", "bad-date", "CVE-2026-20005 has no readable datePublished"));
        assertThat(parsed.get(3).outcome())
                .isInstanceOfSatisfying(
                        ParseOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("bad-json"));
        Vulnerability withoutMetrics = vulnerability(parsed.get(4));
        assertThat(withoutMetrics.severity()).isNull();
        assertThat(withoutMetrics.cvss()).isNull();
        assertThat(withoutMetrics.remote()).isFalse();
        assertThat(withoutMetrics.affectedObject()).isEqualTo(AffectedObject.APPLICATION);
    }

    @Test
    void rejectsRecordsThatAreNotCveRecords() {
        List<Parsed> parsed = run(format, """
                {"dataType":"SOMETHING_ELSE","cveMetadata":{"cveId":"CVE-2026-1"}}
                {"dataType":"CVE_RECORD","cveMetadata":{"cveId":"CVE-26-1","state":"PUBLISHED"}}
                {"dataType":"CVE_RECORD","cveMetadata":{"cveId":"CVE-2026-30000","state":"RESERVED"}}
                [1, 2]
                """);

        assertThat(parsed)
                .extracting(p -> ((ParseOutcome.Rejected) p.outcome()).code())
                .containsExactly("not-cve-record", "bad-id", "bad-state", "bad-json");
    }

    @Test
    void detectsCveRecordsByDataType() {
        String text = resource(getClass(), "cve-record-cna-v4-v31.json");
        assertThat(format.detect(FormatRun.sample("x.json", text))).isGreaterThanOrEqualTo(90);
        assertThat(format.detect(FormatRun.sample("CVE-2026-12345.json", "{"))).isEqualTo(60);
        assertThat(format.detect(FormatRun.sample("feed.json", "{\"cve\":{}}"))).isZero();
    }
}
