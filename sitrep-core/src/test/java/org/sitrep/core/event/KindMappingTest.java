package org.sitrep.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindMappingTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "infected-system, andromeda, INFECTED",
                "botnet drone, -, INFECTED",
                "malware-distribution, -, DROP_SITE",
                "system-compromise, defacement, DEFACEMENT",
                "unauthorised-information-modification, defacement, DEFACEMENT",
                "defacement, -, DEFACEMENT",
                "system-compromise, webshell, BACKDOOR",
                "system-compromise, Backdoor, BACKDOOR",
                "backdoor, -, BACKDOOR",
                "phishing, -, PHISHING",
            })
    void mapsTheDefaultKinds(String type, String identifier, BulletinKind expected) {
        assertThat(KindMapping.defaults().kindOf(type, identifier)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {"system-compromise, -", "c2-server, qakbot", "vulnerable-system, open-ipp", "scanner, -"})
    void leavesOtherEventsWithoutKind(String type, String identifier) {
        assertThat(KindMapping.defaults().kindOf(type, identifier)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"c&c, malicious-code", "defacement, intrusions", "phishing, fraud", "dos, availability"})
    void derivesTheTaxonomyFromTheType(String type, String taxonomy) {
        assertThat(Taxonomy.taxonomyOf(type)).contains(taxonomy);
    }
}
