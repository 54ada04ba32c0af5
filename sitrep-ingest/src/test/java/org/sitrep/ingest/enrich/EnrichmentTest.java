package org.sitrep.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.enrich.Enricher;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.enrich.geo.GeoEnricher;
import org.sitrep.ingest.enrich.registrar.RegistrarEnricher;

class EnrichmentTest {

    @TempDir
    Path directory;

    private final List<String> warnings = new ArrayList<>();

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(EnrichmentTest.class.getResource(name).toURI());
    }

    private static Event event() {
        return Event.of(Instant.parse("2026-11-23T00:00:00Z"), "test-feed", "phishing", null)
                .withSource(Endpoint.EMPTY.withIp("198.51.100.5").withFqdn("www.example.com.cn"));
    }

    private static Event run(List<Enricher> enrichers, Event event) {
        for (Enricher enricher : enrichers) {
            event = enricher.enrich(event);
        }
        return event;
    }

    @Test
    void nothingConfiguredGivesOneWarningPerDatabaseAndNoEnrichers() {
        List<Enricher> enrichers = Enrichment.fromSettings(EnrichmentSettings.NONE, warnings::add);

        assertThat(enrichers).isEmpty();
        assertThat(warnings)
                .containsExactly(
                        "geo ranges table not configured: country, province, city and AS from it stay unknown",
                        "IP-to-country mmdb not configured: geolocation.cc stays unknown unless the feed gives it",
                        "IP-to-AS mmdb not configured: asn and as_name stay unknown unless the feed gives them",
                        "ip2region xdb not configured: the province of home-country addresses stays unknown unless the"
                                + " feed gives it",
                        "registrar directory not configured: registrar_country stays unknown unless the feed gives it");
        assertThat(run(enrichers, event())).isEqualTo(event());
    }

    @Test
    void missingFileGivesOneWarningAndLeavesItsFieldsUnknown() throws URISyntaxException {
        Path missing = directory.resolve("no-such-table.csv");
        EnrichmentSettings settings =
                new EnrichmentSettings(null, null, null, missing, fixture("registrar/registrars.csv"));

        List<Enricher> enrichers = Enrichment.fromSettings(settings, warnings::add);

        assertThat(warnings)
                .filteredOn(w -> w.contains("no-such-table.csv"))
                .containsExactly("geo ranges table " + missing
                        + " not found: country, province, city and AS from it stay unknown");
        assertThat(enrichers).hasExactlyElementsOfTypes(RegistrarEnricher.class);
        Event enriched = run(enrichers, event());
        assertThat(enriched.source().cc()).isNull();
        assertThat(enriched.source().region()).isNull();
        assertThat(enriched.extra()).containsEntry("registrar_country", "CN");
    }

    @Test
    void unreadableFileGivesOneWarning() throws Exception {
        Path garbage = Files.writeString(directory.resolve("broken.mmdb"), "not a MaxMind DB");

        List<Enricher> enrichers =
                Enrichment.fromSettings(new EnrichmentSettings(garbage, null, garbage, null, null), warnings::add);

        assertThat(enrichers).isEmpty();
        assertThat(warnings)
                .filteredOn(w -> w.contains("broken.mmdb"))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("cannot be read"));
    }

    @Test
    void rangesTableCoversCountryAsAndProvince() throws URISyntaxException {
        EnrichmentSettings settings = new EnrichmentSettings(
                null, null, null, fixture("geo/geo-ranges.csv"), fixture("registrar/registrars.csv"));

        List<Enricher> enrichers = Enrichment.fromSettings(settings, warnings::add);

        assertThat(enrichers).hasExactlyElementsOfTypes(GeoEnricher.class, RegistrarEnricher.class);
        assertThat(warnings)
                .containsExactly(
                        "IP-to-country mmdb not configured: country comes from the geo ranges table only",
                        "IP-to-AS mmdb not configured: AS comes from the geo ranges table only",
                        "ip2region xdb not configured: province comes from the geo ranges table only",
                        "registrar directory registrars.csv: 1 row(s) without a domain or a two-letter"
                                + " registrar_country left out");
        Event enriched = run(enrichers, event());
        assertThat(enriched.source())
                .isEqualTo(Endpoint.EMPTY
                        .withIp("198.51.100.5")
                        .withFqdn("www.example.com.cn")
                        .withGeo("CN", "广东省", "深圳市")
                        .withAs(64500L, "EXAMPLE-TELECOM-GD"));
    }
}
