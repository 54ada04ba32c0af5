package org.sitrep.ingest.feeds.kevjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.resource;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.run;
import static org.sitrep.ingest.feeds.vulnerability.FormatRun.vulnerability;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Vulnerability;
import org.sitrep.ingest.feeds.vulnerability.FormatRun;
import org.sitrep.ingest.feeds.vulnerability.FormatRun.Parsed;

class KevJsonFormatTest {

    private final String catalog = resource(getClass(), "kev-catalog.json");

    @Test
    void readsCatalogEntriesAsKnownExploited() {
        List<Parsed> parsed = run(new KevJsonFormat(), catalog);

        assertThat(parsed).hasSize(3);
        assertThat(vulnerability(parsed.get(0)))
                .usingRecursiveComparison()
                .isEqualTo(new Vulnerability(
                        "CVE-2026-12345",
                        List.of(),
                        LocalDate.of(2026, 11, 27),
                        null,
                        "ExampleSoft Example Gateway OS Command Injection Vulnerability",
                        "Example Gateway contains an OS command injection in its web UI.",
                        null,
                        null,
                        AffectedObject.NETWORK_DEVICE,
                        "ExampleSoft",
                        "Example Gateway",
                        false,
                        false,
                        true,
                        "kev-json"));
        Vulnerability second = vulnerability(parsed.get(1));
        assertThat(second.id()).isEqualTo("CVE-2026-20020");
        assertThat(second.published()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(second.knownExploited()).isTrue();
        assertThat(second.vendor()).isEqualTo("ExampleDB");
        assertThat(parsed.get(2).outcome())
                .isEqualTo(
                        new ParseOutcome.Rejected("dateAdded", "bad-date", "CVE-2026-20021 has no readable dateAdded"));
    }

    @Test
    void detectsCatalogButNotNvd() {
        KevJsonFormat format = new KevJsonFormat();
        assertThat(format.detect(FormatRun.sample("kev.json", catalog))).isEqualTo(95);
        assertThat(format.detect(FormatRun.sample("known_exploited_vulnerabilities.json", "{")))
                .isEqualTo(80);
        assertThat(format.detect(FormatRun.sample("page.json", "{\"format\":\"NVD_CVE\",\"vulnerabilities\":[")))
                .isZero();
    }
}
