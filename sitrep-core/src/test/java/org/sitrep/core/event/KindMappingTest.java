package org.sitrep.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class KindMappingTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "infected-system, andromeda, INFECTED",
                "botnet drone, -, INFECTED",
                "infected-system, c2-beacon, INFECTED",
                "malware-distribution, -, DROP_SITE",
                "malware-distribution, sandbox-url, DROP_SITE",
                "system-compromise, defacement, DEFACEMENT",
                "unauthorised-information-modification, defacement, DEFACEMENT",
                // IntelMQ's Zone-H parser and Shadowserver's compromised-website report
                "unauthorised-information-modification, compromised-website, DEFACEMENT",
                "system-compromise, compromised-website, DEFACEMENT",
                "unauthorised-information-modification, -, DEFACEMENT",
                "defacement, -, DEFACEMENT",
                "system-compromise, webshell, BACKDOOR",
                "system-compromise, Backdoor, BACKDOOR",
                "backdoor, -, BACKDOOR",
                "phishing, -, PHISHING",
                "vulnerable-system, open-ipp, VULNERABLE",
                "vulnerable service, -, VULNERABLE",
                "weak-crypto, ssl-poodle, VULNERABLE",
                "potentially-unwanted-accessible, accessible-msrpc, VULNERABLE",
                "ddos, honeypot-ddos, DDOS",
                "system-compromise, -, OTHER",
                "system-compromise, compromised-iot, OTHER",
                "c2-server, qakbot, OTHER",
                "scanner, -, OTHER",
                "blacklist, blacklisted-ip, OTHER",
                "brute-force, -, OTHER",
            })
    void mapsTheDefaultKinds(String type, String identifier, BulletinKind expected) {
        assertThat(KindMapping.defaults().kindOf(type, identifier)).contains(expected);
    }

    /** Every constant classification of Shadowserver's report schema, with the kind its report counts as. */
    @ParameterizedTest(name = "{0}/{1} → {2} ({3})")
    @CsvFileSource(resources = "shadowserver-classifications.csv", nullValues = "")
    void givesEveryShadowserverReportItsKind(String type, String identifier, String kind, String reports) {
        assertThat(KindMapping.defaults().kindOf(type, identifier).map(BulletinKind::id))
                .as(reports)
                .contains(kind);
    }

    @Test
    void countsOnlyTheBulletinsFiveKinds() {
        assertThat(List.of(BulletinKind.values()).stream().filter(BulletinKind::counted))
                .containsExactlyElementsOf(BulletinKind.COUNTED)
                .containsExactly(
                        BulletinKind.INFECTED,
                        BulletinKind.DROP_SITE,
                        BulletinKind.DEFACEMENT,
                        BulletinKind.BACKDOOR,
                        BulletinKind.PHISHING);
    }

    @Test
    void leavesAnEventNoRuleMatchesWithoutKind() {
        KindMapping phishingOnly =
                new KindMapping(List.of(new KindMapping.Rule("phishing", null, BulletinKind.PHISHING)));

        assertThat(phishingOnly.kindOf("scanner", null)).isEmpty();
        assertThat(phishingOnly.kindOf("Phishing", "x")).contains(BulletinKind.PHISHING);
    }

    @Test
    void triesTheRulesInOrder() {
        KindMapping mapping = new KindMapping(List.of(
                new KindMapping.Rule(null, "compromised-website", BulletinKind.BACKDOOR),
                new KindMapping.Rule("system-compromise", null, BulletinKind.DEFACEMENT)));

        assertThat(mapping.kindOf("system-compromise", "compromised-website")).contains(BulletinKind.BACKDOOR);
        assertThat(mapping.kindOf("system-compromise", "other")).contains(BulletinKind.DEFACEMENT);
    }

    @ParameterizedTest
    @CsvSource({
        "c&c, malicious-code",
        "defacement, information-content-security",
        "backdoor, intrusions",
        "phishing, fraud",
        "dos, availability"
    })
    void derivesTheTaxonomyFromTheType(String type, String taxonomy) {
        assertThat(Taxonomy.taxonomyOf(type)).contains(taxonomy);
    }
}
