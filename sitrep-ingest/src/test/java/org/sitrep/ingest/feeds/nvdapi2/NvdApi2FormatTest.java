package org.sitrep.ingest.feeds.nvdapi2;

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

class NvdApi2FormatTest {

    private final String page = resource(getClass(), "nvd-page.json");

    @Test
    void readsPageEntryByEntry() {
        List<Parsed> parsed = run(new NvdApi2Format(), page);

        assertThat(parsed).hasSize(4);
        assertThat(vulnerability(parsed.get(0)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-12345",
                        List.of(),
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 27),
                        "ExampleSoft Example Gateway OS Command Injection Vulnerability",
                        "An OS command injection in Example Gateway before 7.4.2 allows unauthenticated remote"
                                + " attackers to run commands.",
                        Severity.CRITICAL,
                        new Cvss("4.0", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3),
                        AffectedObject.NETWORK_DEVICE,
                        "examplesoft",
                        "example_gateway",
                        false,
                        true,
                        true,
                        "nvd-api2"));
        assertThat(vulnerability(parsed.get(1)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-20010",
                        List.of(),
                        LocalDate.of(2026, 11, 21),
                        LocalDate.of(2026, 11, 21),
                        null,
                        "SQL injection in the search plugin of Example Shop allows remote attackers to read data.",
                        Severity.HIGH,
                        new Cvss("2.0", "AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5),
                        AffectedObject.WEB_APPLICATION,
                        "example.org",
                        "example_shop",
                        true,
                        true,
                        false,
                        "nvd-api2"));
        assertThat(parsed.get(2).outcome()).isEqualTo(new ParseOutcome.Skipped("CVE-2026-20011 is Rejected"));
        Vulnerability unscored = vulnerability(parsed.get(3));
        assertThat(unscored.cvss()).isNull();
        assertThat(unscored.severity()).isNull();
        assertThat(unscored.affectedObject()).isEqualTo(AffectedObject.OPERATING_SYSTEM);
        assertThat(unscored.knownExploited()).isFalse();
    }

    @Test
    void primaryAcrossVersionsPicksNvdV31OverCnaV40AndSecondaryV31() {
        List<Parsed> parsed = run(new NvdApi2Format(new NvdApi2Config("nvd", true)), page);

        Vulnerability first = vulnerability(parsed.get(0));
        assertThat(first.cvss()).isEqualTo(new Cvss("3.1", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8));
        assertThat(first.source()).isEqualTo("nvd");
    }

    @Test
    void readsJsonLinesOfEntriesAndBareCveObjects() {
        List<Parsed> parsed = run(new NvdApi2Format(), """
                {"cve":{"id":"CVE-2026-20040","published":"2026-11-22T10:00:00.000","descriptions":[]}}
                {"id":"CVE-2026-20041","published":"2026-11-23T10:00:00.000"}
                {"cve":{"id":"CVE-2026-20042"}}
                """);

        assertThat(vulnerability(parsed.get(0)).published()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(vulnerability(parsed.get(1)).id()).isEqualTo("CVE-2026-20041");
        assertThat(parsed.get(2).outcome())
                .isEqualTo(new ParseOutcome.Rejected(
                        "cve.published", "bad-date", "CVE-2026-20042 has no readable published date"));
    }

    @Test
    void detectsNvdAnswers() {
        NvdApi2Format format = new NvdApi2Format();
        assertThat(format.detect(FormatRun.sample("page.json", page))).isEqualTo(95);
        assertThat(format.detect(FormatRun.sample("x.jsonl", "{\"cve\":{\"id\":\"CVE-2026-1\"}}")))
                .isEqualTo(70);
        assertThat(format.detect(FormatRun.sample("x.json", "{\"dataType\":\"CVE_RECORD\"}")))
                .isZero();
    }
}
