package org.sitrep.ingest.feeds.phishtank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;

class PhishtankJsonFormatTest extends FeedFormatContract<PhishtankJsonFormat> {
    PhishtankJsonFormatTest() {
        super(new PhishtankJsonFormat(), "online-valid.json", "/owa/auth.html");
    }

    @Test
    void mapsEntriesWithHostingDetails() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T07:20:41Z"));
        assertThat(first.eventDescriptionTarget()).isEqualTo("Microsoft");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.52",
                        null,
                        null,
                        "http://198.51.100.52/owa/auth.html",
                        64497L,
                        null,
                        null,
                        "CN",
                        null,
                        null));
        assertThat(first.extra()).containsEntry("phish_id", "8800002");

        Event second = events.get(1);
        assertThat(second.source().fqdn()).isEqualTo("pay.example.com");
        assertThat(second.source().ip()).isNull();
        assertThat(second.eventDescriptionTarget()).isEqualTo("PayPal");
    }
}
