package org.sitrep.ingest.feeds.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

/** The worked example's test: its fixture, its rejects, and every garbage-input test of {@link FeedFormatContract}. */
class ExampleBlocklistFormatTest extends FeedFormatContract<ExampleBlocklistFormat> {
    ExampleBlocklistFormatTest() {
        super(new ExampleBlocklistFormat(), "example-blocklist.csv", "QakBot");
    }

    @Test
    void mapsRowsToC2ServerEvents() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.getFirst();
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-22T21:14:03Z"));
        assertThat(first.timeObservation()).isEqualTo(FeedRun.OBSERVED);
        assertThat(first.feed().name()).isEqualTo("example-blocklist");
        assertThat(first.classification().type()).isEqualTo("c2-server");
        assertThat(first.classification().identifier()).isEqualTo("qakbot");
        assertThat(first.source())
                .isEqualTo(new Endpoint("203.0.113.201", 443, null, null, null, null, null, null, null, null));
        assertThat(first.raw()).isEqualTo("2026-11-22 21:14:03,203.0.113.201,443,QakBot");
        assertThat(events.get(1).source().port()).isEqualTo(8080);
    }

    @Test
    void rejectsBadRowsWithTheirLineAndField() {
        String text = """
                seen,ip,port,family
                2026-11-22 21:14:03,203.0.113.300,443,QakBot
                2026-11-22 21:14:03,203.0.113.1,443,
                2026-11-22 21:14:03,203.0.113.1,"4"43,QakBot
                """;

        List<FeedRun.Parsed> parsed = FeedRun.records(format, text, "blocklist.csv");

        assertThat(parsed)
                .extracting(
                        run -> run.record().line(),
                        run -> ((ParseOutcome.Rejected) run.outcome()).field(),
                        run -> ((ParseOutcome.Rejected) run.outcome()).code())
                .containsExactly(
                        Tuple.tuple(2L, "ip", "bad-ip"),
                        Tuple.tuple(3L, "family", "missing-field"),
                        Tuple.tuple(4L, null, "bad-framing"));
    }

    @Test
    void isTheFormatOfItsFixtureAndOfNoOther() {
        assertThat(format.detect(FeedRun.sample(fixtureName(), fixture()))).isEqualTo(95);
        assertThat(format.detect(FeedRun.sample("ipblocklist.csv", "first_seen_utc,dst_ip,dst_port\n")))
                .isZero();
    }
}
