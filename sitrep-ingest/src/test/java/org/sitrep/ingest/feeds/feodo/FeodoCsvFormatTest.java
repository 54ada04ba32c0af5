package org.sitrep.ingest.feeds.feodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class FeodoCsvFormatTest extends FeedFormatContract<FeodoCsvFormat> {
    FeodoCsvFormatTest() {
        super(new FeodoCsvFormat(), "ipblocklist.csv", "QakBot");
    }

    @Test
    void mapsBlocklistRowsToC2ServerEvents() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-20T14:19:09Z"));
        assertThat(first.feed().name()).isEqualTo("feodo-tracker");
        assertThat(first.feed().provider()).isEqualTo("abuse.ch");
        assertThat(first.classification().taxonomy()).isEqualTo("malicious-code");
        assertThat(first.classification().type()).isEqualTo("c2-server");
        assertThat(first.classification().identifier()).isEqualTo("qakbot");
        assertThat(first.malwareName()).isEqualTo("qakbot");
        assertThat(first.source())
                .isEqualTo(new Endpoint("203.0.113.188", 443, null, null, null, null, null, null, null, null));
        assertThat(first.extra()).containsEntry("c2_status", "online").containsEntry("last_online", "2026-11-23");
        assertThat(first.raw()).isEqualTo("2026-11-20 14:19:09,203.0.113.188,443,online,2026-11-23,QakBot");

        assertThat(events.get(1).malwareName()).isEqualTo("emotet");
        assertThat(events.get(1).source().port()).isEqualTo(8080);
    }

    @Test
    void rejectsRowsWithBadAddressOrMissingFamily() {
        String text = """
                # first_seen_utc,dst_ip,dst_port,c2_status,last_online,malware
                2026-11-20 14:19:09,203.0.113.300,443,online,2026-11-23,QakBot
                2026-11-20 14:19:09,203.0.113.1,443,online,2026-11-23,
                2026-11-20 14:19:09,203.0.113.1,https,online,2026-11-23,QakBot
                """;

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.csv"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::field, ParseOutcome.Rejected::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dst_ip", "bad-ip"),
                        org.assertj.core.groups.Tuple.tuple("malware", "missing-field"),
                        org.assertj.core.groups.Tuple.tuple("dst_port", "bad-port"));
    }
}
