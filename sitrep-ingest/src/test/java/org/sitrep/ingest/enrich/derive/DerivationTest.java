package org.sitrep.ingest.enrich.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.KindMapping;

class DerivationTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    private final Derivation derivation = new Derivation(DerivationSettings.defaults());

    private static Event defacement(String fqdn, String url, String cc) {
        return Event.of(NOON, "zone-h", "system-compromise", "defacement")
                .withSource(new Endpoint(null, null, fqdn, url, null, null, null, cc, null, null));
    }

    @Test
    void registeredDomainOfDeepChineseHostIsTheDomainUnderComCn() {
        Derived derived = derivation.derive(defacement("a.b.example.com.cn", null, null));

        assertThat(derived.site()).isEqualTo("a.b.example.com.cn");
        assertThat(derived.registeredDomain()).isEqualTo("example.com.cn");
        assertThat(derived.tld()).isEqualTo("com.cn");
        assertThat(derived.kind()).isEqualTo(BulletinKind.DEFACEMENT);
    }

    @Test
    void siteFallsBackToTheUrlHostInLowerCase() {
        Derived derived = derivation.derive(defacement(null, "http://WWW.Example.ORG:8080/index.php?x=1", "US"));

        assertThat(derived.site()).isEqualTo("www.example.org");
        assertThat(derived.registeredDomain()).isEqualTo("example.org");
        assertThat(derived.ipLiteral()).isFalse();
    }

    @Test
    void ipHostsAreIpLiteralsWithoutRegisteredDomain() {
        Derived v4 = derivation.derive(defacement(null, "http://203.0.113.7/shell.php", null));
        Derived v6 = derivation.derive(defacement(null, "http://[2001:db8::7]:8080/x", null));

        assertThat(v4.ipLiteral()).isTrue();
        assertThat(v4.site()).isEqualTo("203.0.113.7");
        assertThat(v4.registeredDomain()).isNull();
        assertThat(v4.tld()).isNull();
        assertThat(v6.ipLiteral()).isTrue();
        assertThat(v6.site()).isEqualTo("2001:db8::7");
        assertThat(v6.registeredDomain()).isNull();
    }

    @Test
    void governmentPatternMatchesEveryDepthUnderGovCnButNotLookalikes() {
        assertThat(derivation
                        .derive(defacement("www.beijing.gov.cn", null, null))
                        .government())
                .isTrue();
        assertThat(derivation.derive(defacement("beijing.gov.cn", null, null)).government())
                .isTrue();
        assertThat(derivation.derive(defacement("gov.cn", null, null)).government())
                .isTrue();
        assertThat(derivation.derive(defacement("notgov.cn", null, null)).government())
                .isFalse();
        assertThat(derivation
                        .derive(defacement("gov.cn.example.com", null, null))
                        .government())
                .isFalse();
    }

    @Test
    void governmentPatternsAreConfigurable() {
        Derivation custom = new Derivation(new DerivationSettings(
                "CN", List.of("*.gov.cn", "*.edu.cn", "portal?.example.org"), KindMapping.defaults()));

        assertThat(custom.derive(defacement("www.pku.edu.cn", null, null)).government())
                .isTrue();
        assertThat(custom.derive(defacement("portal1.example.org", null, null)).government())
                .isTrue();
        assertThat(custom.derive(defacement("portal12.example.org", null, null)).government())
                .isFalse();
    }

    @Test
    void domesticByCountryElseByHomeCcTldElseUnknown() {
        assertThat(derivation.derive(defacement("shop.example.com", null, "CN")).domestic())
                .isTrue();
        assertThat(derivation.derive(defacement("shop.example.cn", null, "US")).domestic())
                .isFalse();
        assertThat(derivation.derive(defacement("shop.example.cn", null, null)).domestic())
                .isTrue();
        assertThat(derivation
                        .derive(defacement("shop.example.com.cn", null, null))
                        .domestic())
                .isTrue();
        assertThat(derivation.derive(defacement("shop.example.com", null, null)).domestic())
                .isNull();
        assertThat(derivation
                        .derive(defacement(null, "http://203.0.113.7/", null))
                        .domestic())
                .isNull();
    }

    @Test
    void phishingTargetIsDomesticByDestinationCountryOrDomain() {
        Event page = Event.of(NOON, "openphish", "phishing", null)
                .withSource(Endpoint.EMPTY.withFqdn("login-bank.example.com"));
        Event byCountry = page.withDestination(Endpoint.EMPTY.withGeo("CN", null, null));
        Event byDomain = page.withDestination(Endpoint.EMPTY.withFqdn("www.bank.example.cn"));
        Event foreign = page.withDestination(Endpoint.EMPTY.withFqdn("www.bank.example.com"));

        assertThat(derivation.derive(byCountry).targetDomestic()).isTrue();
        assertThat(derivation.derive(byDomain).targetDomestic()).isTrue();
        assertThat(derivation.derive(foreign).targetDomestic()).isNull();
        assertThat(derivation.derive(page).kind()).isEqualTo(BulletinKind.PHISHING);
        assertThat(derivation.derive(defacement("www.example.cn", null, null)).targetDomestic())
                .isNull();
    }

    @Test
    void registrarCountryAndTargetSectorComeFromExtra() {
        Event event = Event.of(NOON, "openphish", "phishing", null)
                .withExtra(Map.of("registrar_country", "us", "target_sector", "Bank"));

        Derived derived = derivation.derive(event);

        assertThat(derived.registrarCountry()).isEqualTo("US");
        assertThat(derived.targetSector()).isEqualTo("bank");
    }

    @Test
    void sameObservationFromTwoFeedsOnOneDayOfTheWeekZoneHasOneKey() {
        Event one = Event.of(NOON, "feed-a", "infected-system", "mirai")
                .withSource(Endpoint.EMPTY.withIp("198.51.100.23"))
                .withDestination(Endpoint.EMPTY.withIp("203.0.113.80"));
        // 15:59:59Z is 23:59:59 in Asia/Shanghai, the last second of the 23rd there
        Event other = Event.of(Instant.parse("2026-11-23T15:59:59Z"), "feed-b", "infected-system", "Mirai")
                .withSource(Endpoint.EMPTY.withIp("198.51.100.23"))
                .withDestination(Endpoint.EMPTY.withIp("203.0.113.80"));
        Event withoutController = one.withDestination(Endpoint.EMPTY);
        Event otherController = one.withDestination(Endpoint.EMPTY.withIp("203.0.113.81"));
        // 16:00Z is the 24th in Asia/Shanghai, though still the 23rd in UTC
        Event tomorrow = Event.of(Instant.parse("2026-11-23T16:00:00Z"), "feed-a", "infected-system", "mirai")
                .withSource(Endpoint.EMPTY.withIp("198.51.100.23"))
                .withDestination(Endpoint.EMPTY.withIp("203.0.113.80"));

        long key = derivation.derive(one).dedupKey();

        assertThat(derivation.derive(other).dedupKey()).isEqualTo(key);
        assertThat(derivation.derive(withoutController).dedupKey()).isNotEqualTo(key);
        assertThat(derivation.derive(otherController).dedupKey()).isNotEqualTo(key);
        assertThat(derivation.derive(tomorrow).dedupKey()).isNotEqualTo(key);
    }

    @Test
    void theDedupKeyOfAFixedEventNeverChanges() {
        Event event = Event.of(NOON, "feed-a", "infected-system", "Mirai")
                .withSource(Endpoint.EMPTY.withIp("198.51.100.23"))
                .withDestination(Endpoint.EMPTY.withIp("203.0.113.80"));

        // The key text is "infected␟mirai␟198.51.100.23||␟203.0.113.80␟2026-11-23" (␟ = U+001F); its SHA-256
        // by `printf 'infected\x1fmirai\x1f198.51.100.23||\x1f203.0.113.80\x1f2026-11-23' | sha256sum` starts
        // aad85e464d88a6ca, read as a signed big-endian long. Stores hold this value: it must not change.
        assertThat(derivation.derive(event).dedupKey())
                .isEqualTo(0xaad85e464d88a6caL)
                .isEqualTo(-6136050836250777910L);
    }

    @Test
    void hostFactsOfARepeatedHostAreTheSameAsTheFirstTime() {
        Derived first = derivation.derive(defacement("www.example.gov.cn", null, null));
        Derived again = derivation.derive(defacement("www.example.gov.cn", null, null));
        Derived literal = derivation.derive(defacement(null, "http://192.0.2.7/login", null));

        assertThat(again).isEqualTo(first);
        assertThat(first.registeredDomain()).isEqualTo("example.gov.cn");
        assertThat(first.tld()).isEqualTo("gov.cn");
        assertThat(first.government()).isTrue();
        assertThat(literal.ipLiteral()).isTrue();
        assertThat(literal.registeredDomain()).isNull();
    }
}
