package org.sitrep.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.KindMapping;
import org.sitrep.core.figures.Headline;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve("sitrep.yaml");
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void missingFileMeansDefaults() {
        assertThat(ConfigLoader.load(dir.resolve("sitrep.yaml"))).isEqualTo(ConfigLoader.defaults());
    }

    @Test
    void defaultsAreThoseOfTheSpec() {
        SitrepConfig config = ConfigLoader.defaults();

        assertThat(config.homeCountry()).isEqualTo("CN");
        assertThat(config.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.governmentSitePatterns()).containsExactly("*.gov.cn");
        assertThat(config.wormFamilies()).containsExactly("conficker", "downadup");
        assertThat(config.rating().weights())
                .containsEntry(Headline.INFECTED_HOSTS, 2.0)
                .containsEntry(Headline.DEFACED, 1.0)
                .containsEntry(Headline.DEFACED_GOV, 2.0)
                .containsEntry(Headline.BACKDOORED, 1.0)
                .containsEntry(Headline.BACKDOORED_GOV, 2.0)
                .containsEntry(Headline.PHISHING_PAGES, 1.0)
                .containsEntry(Headline.NEW_VULNERABILITIES, 1.0)
                .containsEntry(Headline.HIGH_VULNERABILITIES, 2.0);
        assertThat(config.rating().bandLimits().excellent()).isEqualTo(0.85);
        assertThat(config.rating().bandLimits().poor()).isEqualTo(2.00);
        assertThat(config.rating().baselineWindow()).isEqualTo(12);
        assertThat(config.rating().minimumWeeks()).isEqualTo(4);
        assertThat(config.rating().floorOf(Grade.GENERAL)).isNull();
        assertThat(config.rating().floorOf(Grade.LARGE)).isEqualTo(Band.FAIR);
        assertThat(config.rating().floorOf(Grade.MAJOR)).isEqualTo(Band.POOR);
        assertThat(config.rating().floorOf(Grade.EXTRAORDINARY)).isEqualTo(Band.CRITICAL);
        assertThat(config.organisation().shortName().en()).isEqualTo("Sitrep CERT");
        assertThat(config.organisation().shortName().zh()).isEqualTo("Sitrep 应急中心");
    }

    @Test
    void shippedExampleEqualsTheDefaults() {
        assertThat(ConfigLoader.parse(ConfigLoader.example(), "sitrep.example.yaml"))
                .isEqualTo(ConfigLoader.defaults());
    }

    @Test
    void readsTheServerSectionAndRefusesABadPortOrLogFormatByItsKey() {
        SitrepConfig config = ConfigLoader.parse("server:\n  port: 9443\n  log_format: json\n", "sitrep.yaml");
        assertThat(config.server()).isEqualTo(new ServerSettings(9443, "127.0.0.1", ServerSettings.LogFormat.JSON));
        assertThatThrownBy(() -> ConfigLoader.parse("server:\n  port: 70000\n", "sitrep.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("sitrep.yaml: server.port must be from 1 to 65535, was 70000");
        assertThatThrownBy(() -> ConfigLoader.parse("server:\n  log_format: xml\n", "sitrep.yaml"))
                .hasMessage("sitrep.yaml: server.log_format is plain or json, was 'xml'");
        assertThatThrownBy(() -> ConfigLoader.parse("server:\n  adress: 0.0.0.0\n", "sitrep.yaml"))
                .hasMessageStartingWith("sitrep.yaml: unknown key server.adress (line 2)");
    }

    @Test
    void emptyFileMeansDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("sitrep.yaml"), "# nothing set\n");

        assertThat(ConfigLoader.load(file)).isEqualTo(ConfigLoader.defaults());
    }

    @Test
    void laysAPartialFileOverTheDefaults() throws Exception {
        SitrepConfig config = ConfigLoader.load(fixture("partial.yaml"));
        SitrepConfig defaults = ConfigLoader.defaults();

        assertThat(config.homeCountry()).isEqualTo("FR");
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(config.governmentSitePatterns()).isEqualTo(List.of("*.gouv.fr"));
        assertThat(config.wormFamilies()).isEqualTo(defaults.wormFamilies());
        assertThat(config.organisation().shortName().en()).isEqualTo("Example CERT");
        assertThat(config.organisation().shortName().zh()).isEqualTo("Sitrep 应急中心");
        assertThat(config.organisation().name())
                .isEqualTo(defaults.organisation().name());
        assertThat(config.rating().weights().get(Headline.DEFACED_GOV)).isEqualTo(3.0);
        assertThat(config.rating().weights().get(Headline.INFECTED_HOSTS)).isEqualTo(2.0);
        assertThat(config.rating().floorOf(Grade.LARGE)).isNull();
        assertThat(config.rating().floorOf(Grade.GENERAL)).isEqualTo(Band.GOOD);
        assertThat(config.rating().floorOf(Grade.MAJOR)).isEqualTo(Band.POOR);
        assertThat(config.rating().bandLimits()).isEqualTo(defaults.rating().bandLimits());
    }

    @Test
    void readsTheLongAndTheShortNameOfTheVulnerabilityDatabase() throws Exception {
        Organisation organisation =
                ConfigLoader.load(fixture("vulnerability-database-names.yaml")).organisation();

        assertThat(organisation.vulnerabilityDatabase())
                .isEqualTo(new LocalizedText(
                        "国家信息安全漏洞共享平台（CNVD）",
                        "the China National Vulnerability Database of Information Security (CNVD)"));
        assertThat(organisation.vulnerabilityDatabaseShort()).isEqualTo(new LocalizedText("CNVD", "the CNVD"));
    }

    @Test
    void aDatabaseWithoutShortNameIsNamedInFullAtEveryMention() throws Exception {
        Organisation organisation = ConfigLoader.load(fixture("vulnerability-database-long-only.yaml"))
                .organisation();

        assertThat(organisation.vulnerabilityDatabaseShort())
                .isEqualTo(organisation.vulnerabilityDatabase())
                .isEqualTo(new LocalizedText("示例漏洞库", "the Example Vulnerability Database"));
    }

    @Test
    void sectionsWithoutDataSayNoDataUnlessToldToLeaveThemOut() throws Exception {
        assertThat(ConfigLoader.defaults().bulletin().omitEmptySections()).isFalse();
        assertThat(ConfigLoader.load(fixture("empty-sections-omit.yaml"))
                        .bulletin()
                        .omitEmptySections())
                .isTrue();
    }

    @Test
    void eventWindowIsTenYearsBackAndTwoDaysAheadUnlessConfigured() throws Exception {
        assertThat(ConfigLoader.defaults().eventWindow()).isEqualTo(new EventWindow(3653, 2));
        EventWindow configured =
                ConfigLoader.load(fixture("event-window-30-days.yaml")).eventWindow();
        assertThat(configured).isEqualTo(new EventWindow(30, 2));
        assertThat(configured.before()).isEqualTo(java.time.Duration.ofDays(30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative-weight.yaml | sitrep.yaml: rating.weights.infected_hosts must be ≥ 0, was -1",
                "absurd-weight.yaml | sitrep.yaml: rating.weights.infected_hosts must be at most 1000000000000,"
                        + " was 1.0E308",
                "nan-weight.yaml | sitrep.yaml: rating.weights.defaced (line 3): expected a number, was '.nan'",
                "tab-indent.yaml | sitrep.yaml: line 4: a tab cannot indent YAML; indent with spaces",
                "misspelt-section.yaml | sitrep.yaml: unknown key rating.wieghts (line 2)",
                "unknown-indicator.yaml | sitrep.yaml: unknown key rating.weights.infected (line 4)",
                "band-limits-not-increasing.yaml | sitrep.yaml: rating.band_limits must increase"
                        + " (excellent < good < fair < poor), were 0.85, 0.8, 1.5, 2",
                "home-country-lower-case.yaml | sitrep.yaml: home_country must be two upper-case letters"
                        + " (ISO 3166-1 alpha-2), was 'cn'",
                "unknown-zone.yaml | sitrep.yaml: zone must be a time zone such as Asia/Shanghai, was 'Asia/Beijing'",
                "all-weights-zero.yaml | sitrep.yaml: rating.weights must not all be 0",
                "empty-sections-unknown.yaml | sitrep.yaml: bulletin.empty_sections must be say_no_data or omit,"
                        + " was 'hide'",
                "unknown-floor-band.yaml | sitrep.yaml: rating.incident_floors.large must be none or a band",
                "not-a-number.yaml | sitrep.yaml: rating.minimum_weeks (line 3): expected a whole number, was 'lots'",
                "weights-as-list.yaml | sitrep.yaml: rating.weights (line 2): expected a mapping of keys to values",
                "duplicate-key.yaml | sitrep.yaml: Duplicate Object property \"home_country\" (line 2)",
                "minimum-above-window.yaml | sitrep.yaml: rating.minimum_weeks must be between 1 and"
                        + " baseline_window (12), was 13",
                "empty-organisation-name.yaml | sitrep.yaml: organisation.name.zh must not be empty",
                "empty-pattern.yaml | sitrep.yaml: government_site_patterns[1] must not be empty",
                "high-factor-below-low.yaml | sitrep.yaml: rating.vulnerability_level.high_factor must be"
                        + " > low_factor (0.5), was 0.4",
                "negative-event-window.yaml | sitrep.yaml: ingest.event_window.days_before must be between 0 and"
                        + " 36525 days, was -1",
                "unknown-bulletin-kind.yaml | sitrep.yaml: bulletin_kinds[1].kind must be one of infected, drop-site,"
                        + " defacement, backdoor, phishing, vulnerable, ddos, other, was 'scanning'",
            })
    void rejectsABadFileNamingTheKey(String fixture, String message) throws Exception {
        Path file = fixture(fixture);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.toString().replace("sitrep.yaml", "") + message);
    }

    @Test
    void bulletinKindsAsWrittenReplaceTheDefaults() {
        SitrepConfig config = ConfigLoader.parse("""
                bulletin_kinds:
                  - {identifier: compromised-website, kind: backdoor}
                  - {type: Infected-System, kind: infected}
                publish_unmarked: false
                """, "sitrep.yaml");

        assertThat(config.bulletinKinds().rules())
                .containsExactly(
                        new KindMapping.Rule(null, "compromised-website", BulletinKind.BACKDOOR),
                        new KindMapping.Rule("infected-system", null, BulletinKind.INFECTED));
        assertThat(config.bulletinKinds().kindOf("system-compromise", "compromised-website"))
                .contains(BulletinKind.BACKDOOR);
        assertThat(config.bulletinKinds().kindOf("phishing", null)).isEmpty();
        assertThat(config.publishUnmarked()).isFalse();
        assertThat(ConfigLoader.defaults().publishUnmarked()).isTrue();
        assertThat(ConfigLoader.defaults().bulletinKinds()).isEqualTo(KindMapping.defaults());
    }
}
