package org.sitrep.ingest.feeds.feodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class FeodoJsonFormatTest extends FeedFormatContract {

    private final FeodoJsonFormat format = new FeodoJsonFormat();

    @Override
    protected FeedFormat format() {
        return format;
    }

    @Override
    protected String fixtureName() {
        return "ipblocklist.json";
    }

    @Override
    protected String valueToInflate() {
        return "EXAMPLE-AS\"";
    }

    @Test
    void mapsJsonEntriesWithAsAndCountry() {
        List<FeedRun.Parsed> parsed = FeedRun.records(format, fixture(), fixtureName());
        List<Event> events =
                FeedRun.events(parsed.stream().map(FeedRun.Parsed::outcome).toList());

        assertThat(parsed).extracting(p -> p.record().line()).containsExactly(2L, 14L);
        assertThat(events.get(0).source())
                .isEqualTo(new Endpoint(
                        "203.0.113.188", 443, "c2.example.net", null, 64496L, "EXAMPLE-AS", null, "NL", null, null));
        assertThat(events.get(0).classification().identifier()).isEqualTo("qakbot");
        assertThat(events.get(0).extra()).containsEntry("c2_status", "online");
        assertThat(events.get(1).source())
                .isEqualTo(new Endpoint(
                        "2001:db8::bad:1", 8080, null, null, 64497L, "EXAMPLE-AS-2", null, "US", null, null));
        assertThat(events.get(1).malwareName()).isEqualTo("pikabot");
    }
}
