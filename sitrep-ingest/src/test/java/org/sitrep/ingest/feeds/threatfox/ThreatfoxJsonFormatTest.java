package org.sitrep.ingest.feeds.threatfox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;

class ThreatfoxJsonFormatTest extends FeedFormatContract<ThreatfoxJsonFormat> {
    ThreatfoxJsonFormatTest() {
        super(new ThreatfoxJsonFormat(), "get-iocs.json", "example_reporter");
    }

    @Test
    void mapsApiEntries() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event c2 = events.get(0);
        assertThat(c2.timeSource()).isEqualTo(Instant.parse("2026-11-23T04:31:23Z"));
        assertThat(c2.classification().type()).isEqualTo("c2-server");
        assertThat(c2.source().ip()).isEqualTo("198.51.100.31");
        assertThat(c2.source().port()).isEqualTo(8443);
        assertThat(c2.extra())
                .containsEntry("ioc_id", "1900001")
                .containsEntry("confidence_level", "75")
                .containsEntry("tags", List.of("CobaltStrike"))
                .doesNotContainKeys("last_seen", "reference");

        Event url = events.get(1);
        assertThat(url.classification().type()).isEqualTo("malware-distribution");
        assertThat(url.classification().identifier()).isEqualTo("socgholish");
        assertThat(url.source().fqdn()).isEqualTo("cdn.example.com");
        assertThat(url.source().url()).isEqualTo("https://cdn.example.com/update.js");
        assertThat(url.extra()).containsEntry("reference", "https://example.org/socgholish");
    }
}
