package org.sitrep.ingest.feeds.openphish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.config.ConfigLoader;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class OpenphishJsonFormatTest extends FeedFormatContract<OpenphishJsonFormat> {
    OpenphishJsonFormatTest() {
        super(new OpenphishJsonFormat(), "premium.jsonl", "EXAMPLE-HOSTING");
    }

    @Test
    void mapsPremiumLinesWithBrandSectorAndHosting() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T06:01:02Z"));
        assertThat(first.feed().name()).isEqualTo("openphish-premium");
        assertThat(first.classification().type()).isEqualTo("phishing");
        assertThat(first.eventDescriptionTarget()).isEqualTo("Example Bank");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.61",
                        null,
                        "login-secure.example.com",
                        "https://login-secure.example.com/account/verify.php",
                        64496L,
                        "EXAMPLE-HOSTING",
                        null,
                        "US",
                        null,
                        null));
        assertThat(first.extra())
                .containsEntry("sector", "Financial")
                .containsEntry("target_sector", "bank")
                .containsEntry("page_language", "en")
                .doesNotContainKeys("url", "brand", "isotime");

        Event second = events.get(1);
        assertThat(second.source().ip()).isEqualTo("198.51.100.52");
        assertThat(second.source().cc()).isEqualTo("CN");
        assertThat(second.extra()).containsEntry("target_sector", "other");
    }

    @Test
    void takesItsSectorsFromSitrepYaml() {
        SitrepConfig config = ConfigLoader.parse("""
                feeds:
                  openphish-jsonl:
                    sectors:
                      financial: payment
                """, "sitrep.yaml");

        List<Event> events =
                FeedRun.records(format, fixture(), fixtureName(), config.feeds().get(format.name())).stream()
                        .map(FeedRun.Parsed::outcome)
                        .collect(java.util.stream.Collectors.collectingAndThen(
                                java.util.stream.Collectors.toList(), FeedRun::events));

        assertThat(events.getFirst().extra())
                .containsEntry("sector", "Financial")
                .containsEntry("target_sector", "payment");
    }
}
