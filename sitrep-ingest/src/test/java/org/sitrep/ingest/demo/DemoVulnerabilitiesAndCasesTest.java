package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.vulnerability.AffectedObject;
import org.sitrep.core.vulnerability.Severity;
import org.sitrep.core.week.IsoWeek;
import tools.jackson.databind.JsonNode;

/** Vulnerabilities and cases of a 13-week run (their numbers do not depend on the events, so few events suffice). */
class DemoVulnerabilitiesAndCasesTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DemoSettings SETTINGS = new DemoSettings(7, IsoWeek.parse("2025-W02"), 13, 100, SHANGHAI);

    @TempDir
    static Path directory;

    static GeneratedFiles files;
    static List<JsonNode> vulnerabilities;
    static List<JsonNode> cases;

    @BeforeAll
    static void generate() throws IOException {
        files = new DemoGenerator(SETTINGS).generate(directory, GenerationProgress.NONE);
        vulnerabilities = JsonLines.read(files.vulnerabilities());
        cases = JsonLines.read(files.cases());
    }

    @Test
    void vulnerabilitiesArePublishedInTheirWeekWithASeverityMatchingTheScore() {
        assertThat(vulnerabilities).hasSize((int)
                files.weeks().stream().mapToLong(WeekCounts::vulnerabilities).sum());
        LocalDate first = IsoWeek.parse("2024-W42").monday();
        LocalDate last = IsoWeek.parse("2025-W02").sunday();
        Set<String> ids = new HashSet<>();
        for (JsonNode v : vulnerabilities) {
            assertThat(ids.add(v.get("id").asString())).as("unique id").isTrue();
            assertThat(v.get("id").asString()).matches("(CVE|CNVD)-\\d{4}-\\d{5,}");
            LocalDate published = LocalDate.parse(v.get("published").asString());
            assertThat(published).isBetween(first, last);
            double score = v.get("cvss.score").asDouble();
            assertThat(Severity.parse(v.get("severity").asString())).isEqualTo(Severity.ofScore(score));
            assertThat(v.get("cvss.vector").asString()).startsWith("CVSS:3.1/AV:");
            assertThat(v.get("remote").asBoolean())
                    .isEqualTo(v.get("cvss.vector").asString().contains("AV:N"));
            assertThat(AffectedObject.fromId(v.get("affected_object").asString()))
                    .isPresent();
        }
    }

    @Test
    void vulnerabilitiesMixSeveritiesAndObjectsWithApplicationsMostCommon() {
        Set<String> severities = new HashSet<>();
        long applications = 0;
        long networkDevices = 0;
        long high = 0;
        for (JsonNode v : vulnerabilities) {
            severities.add(v.get("severity").asString());
            applications += v.get("affected_object").asString().equals("application") ? 1 : 0;
            networkDevices += v.get("affected_object").asString().equals("network-device") ? 1 : 0;
            high += Severity.parse(v.get("severity").asString()).orElseThrow().band() == Severity.HIGH ? 1 : 0;
        }
        assertThat(severities).containsExactlyInAnyOrder("critical", "high", "medium", "low");
        assertThat(applications).isGreaterThan(networkDevices);
        assertThat(100.0 * high / vulnerabilities.size()).isBetween(25.0, 45.0);
        assertThat(vulnerabilities).anyMatch(v -> v.get("zero_day").asBoolean());
        assertThat(vulnerabilities).anyMatch(v -> v.get("known_exploited").asBoolean());
    }

    @Test
    void casesCoverEveryPartnerKindAndTheUsualTypes() {
        Set<String> kinds = new HashSet<>();
        Set<String> types = new HashSet<>();
        for (JsonNode c : cases) {
            types.add(c.get("type").asString());
            c.get("partners").forEach(p -> kinds.add(p.get("kind").asString()));
        }
        assertThat(kinds)
                .contains(
                        PartnerKind.TELECOM_OPERATOR.id(), PartnerKind.CLOUD_PROVIDER.id(), PartnerKind.REGISTRAR.id())
                .contains(PartnerKind.APP_STORE.id(), PartnerKind.REGIONAL_BRANCH.id(), PartnerKind.FOREIGN_CERT.id())
                .contains(PartnerKind.HOSTING.id());
        assertThat(types)
                .contains("phishing", "malicious-code", "mobile-malware", "defacement", "backdoor")
                .contains("vulnerability", "dos", "scanning", "other");
        long phishing = cases.stream()
                .filter(c -> c.get("type").asString().equals("phishing"))
                .count();
        assertThat(phishing).isGreaterThan(cases.size() / 4);
    }

    @Test
    void mostCasesCloseWithinTheirWeekAndSomeAreCrossBorder() {
        long closedInWeek = 0;
        long crossBorder = 0;
        for (JsonNode c : cases) {
            Instant reported = Instant.parse(c.get("reported_at").asString());
            IsoWeek week = IsoWeek.containing(reported, SHANGHAI);
            if (c.has("closed_at")
                    && IsoWeek.containing(Instant.parse(c.get("closed_at").asString()), SHANGHAI)
                            .equals(week)) {
                closedInWeek++;
            }
            boolean abroad = !"CN".equals(c.get("reporter_country").asString());
            for (JsonNode country : c.get("target_countries")) {
                abroad |= !country.asString().equals("CN");
            }
            for (JsonNode partner : c.get("partners")) {
                abroad |= !partner.get("country").asString().equals("CN");
            }
            crossBorder += abroad ? 1 : 0;
        }
        assertThat(100.0 * closedInWeek / cases.size()).isGreaterThan(60);
        assertThat(100.0 * crossBorder / cases.size()).isBetween(5.0, 50.0);
    }

    @Test
    void mobileMalwareCasesNameAppStoresAndTheirUrls() {
        assertThat(cases)
                .filteredOn(c -> c.get("type").asString().equals(CaseType.MOBILE_MALWARE.id()))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.get("partners").get(0).get("kind").asString()).isEqualTo("app-store");
                    assertThat(c.get("targets").toString()).contains(".apk");
                });
    }

    @Test
    void aGradedIncidentHitsBasicInfrastructureInOneOrTwoWeeks() {
        List<JsonNode> graded = cases.stream()
                .filter(c -> !c.get("infrastructure_scope").asString().equals("none"))
                .toList();
        assertThat(graded).hasSizeBetween(1, 2).allSatisfy(c -> {
            assertThat(Grade.parse(c.get("grade").asString()).orElseThrow().atLeast(Grade.LARGE))
                    .isTrue();
            assertThat(c.get("infrastructure_scope").asString()).isIn("provincial", "national");
        });
    }
}
