package org.sitrep.ingest.feeds.feodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class FeodoJsonFormatTest extends FeedFormatContract<FeodoJsonFormat> {
    FeodoJsonFormatTest() {
        super(new FeodoJsonFormat(), "ipblocklist.json", "EXAMPLE-AS\"");
    }

    @Test
    void mapsJsonEntriesWithAsAndCountry() {
        List<FeedRun.Parsed> parsed = fixtureRecords();
        List<Event> events =
                FeedRun.events(parsed.stream().map(FeedRun.Parsed::outcome).toList());

        assertThat(parsed).extracting(p -> p.record().line()).containsExactly(2L, 14L);
        assertThat(events.get(0).source())
                .isEqualTo(
                        new Endpoint("203.0.113.188", 443, null, null, 64496L, "EXAMPLE-AS", null, "NL", null, null));
        assertThat(events.get(0).classification().identifier()).isEqualTo("qakbot");
        assertThat(events.get(0).extra())
                .containsEntry("c2_status", "online")
                .containsEntry("source.reverse_dns", "c2.example.net")
                .doesNotContainKey("time_source_fallback");
        assertThat(events.get(1).source())
                .isEqualTo(new Endpoint(
                        "2001:db8::bad:1", 8080, null, null, 64497L, "EXAMPLE-AS-2", null, "US", null, null));
        assertThat(events.get(1).malwareName()).isEqualTo("pikabot");
    }

    @Test
    void takesLastOnlineOrTheObservationWhenFirstSeenIsAbsentAndSaysSo() {
        List<Event> events = FeedRun.events(FeedRun.outcomes(
                format,
                FeedRun.resource(FeodoJsonFormatTest.class, "ipblocklist-without-first-seen.json"),
                "ipblocklist.json"));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).timeSource()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(events.get(0).extra()).containsEntry("time_source_fallback", "last_online");
        assertThat(events.get(1).timeSource()).isEqualTo(FeedRun.OBSERVED);
        assertThat(events.get(1).extra()).containsEntry("time_source_fallback", "time.observation");
    }

    @Test
    void keepsTheC2HostnameAsReverseDnsSoItIsNoWebsite() {
        List<Event> events = FeedRun.events(FeedRun.outcomes(
                format,
                FeedRun.resource(FeodoJsonFormatTest.class, "ipblocklist-without-first-seen.json"),
                "ipblocklist.json"));

        assertThat(events.get(0).source().fqdn()).isNull();
        assertThat(events.get(0).source().url()).isNull();
        assertThat(events.get(0).extra()).containsEntry("source.reverse_dns", "23.100.51.198.static.example.net");
    }
}
