package org.sitrep.ingest.enrich.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.event.Derived;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;

class RegistrarEnricherTest {

    private final List<String> warnings = new ArrayList<>();
    private final RegistrarDirectory directory = load();
    private final RegistrarEnricher enricher = new RegistrarEnricher(directory);

    private RegistrarDirectory load() {
        try {
            return RegistrarDirectory.load(
                    Path.of(getClass().getResource("registrars.csv").toURI()), warnings::add);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Event site(Endpoint source) {
        return Event.of(Instant.parse("2026-11-23T00:00:00Z"), "test-feed", "phishing", null)
                .withSource(source);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "www.example.com.cn, CN, Example Registrar (Beijing) Co.",
        "login.example.net, US, Example Registrar Inc.",
        "shop.other.cn, CN, ", // suffix rule .cn, no registrar name
        "portal.city.gov.cn, CN, Example Government Domain Registry" // the longer suffix .gov.cn wins
    })
    void addsRegistrarCountryOfTheRegisteredDomain(String fqdn, String country, String registrar) {
        Event enriched = enricher.enrich(site(Endpoint.EMPTY.withFqdn(fqdn)));

        assertThat(enriched.extra().get("registrar_country")).isEqualTo(country);
        assertThat(enriched.extra().get("registrar")).isEqualTo(registrar);
    }

    @Test
    void readsTheHostOfTheUrlWhenThereIsNoFqdn() {
        Endpoint source = new Endpoint(
                null, null, null, "https://user@secure.example.net:8443/login?x=1", null, null, null, null, null, null);

        assertThat(enricher.enrich(site(source)).extra()).containsEntry("registrar_country", "US");
    }

    @Test
    void keepsTheFeedsRegistrarCountry() {
        Event given = site(Endpoint.EMPTY.withFqdn("www.example.com.cn")).withExtra(Map.of("registrar_country", "SG"));

        assertThat(enricher.enrich(given)).isSameAs(given);
    }

    @Test
    void keepsARegistrarCountryAlreadyDerived() {
        Derived derived = new Derived(null, null, null, null, null, false, "SG", false, null, null, 0L);
        Event given = site(Endpoint.EMPTY.withFqdn("www.example.com.cn")).withDerived(derived);

        assertThat(enricher.enrich(given)).isSameAs(given);
    }

    @Test
    void unknownDomainsAndIpLiteralsStayUnknown() {
        Event unknown = site(Endpoint.EMPTY.withFqdn("www.example.org"));
        Event literal =
                site(new Endpoint(null, null, null, "http://198.51.100.52/owa/", null, null, null, null, null, null));
        Event nothing = site(Endpoint.EMPTY);

        assertThat(enricher.enrich(unknown)).isSameAs(unknown);
        assertThat(enricher.enrich(literal)).isSameAs(literal);
        assertThat(enricher.enrich(nothing)).isSameAs(nothing);
    }

    @Test
    void rowWithBadCountryIsLeftOutWithOneWarning() {
        assertThat(directory.find("bad.example")).isEmpty();
        assertThat(directory.size()).isEqualTo(4);
        assertThat(warnings)
                .containsExactly("registrar directory registrars.csv: 1 row(s) without a domain or a two-letter"
                        + " registrar_country left out");
    }
}
