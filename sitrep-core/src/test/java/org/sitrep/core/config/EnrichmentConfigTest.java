package org.sitrep.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnrichmentConfigTest {

    @Test
    void noDatabaseIsConfiguredByDefault() {
        assertThat(ConfigLoader.defaults().enrichment()).isEqualTo(EnrichmentSources.NONE);
    }

    @Test
    void readsTheDatabasePaths() {
        SitrepConfig config = ConfigLoader.parse(
                "enrichment:\n  country_mmdb: geo/country.mmdb\n  geo_ranges_csv: geo/ranges.csv\n", "sitrep.yaml");
        assertThat(config.enrichment())
                .isEqualTo(new EnrichmentSources("geo/country.mmdb", null, null, "geo/ranges.csv", null));
    }

    @Test
    void rejectsAnUnknownEnrichmentKeyByName() {
        assertThatThrownBy(() -> ConfigLoader.parse("enrichment:\n  country_db: x.mmdb\n", "sitrep.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("country_db");
    }
}
