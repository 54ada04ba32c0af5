package org.sitrep.ingest.feeds.urlhaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class UrlhausJsonFormatTest extends FeedFormatContract<UrlhausJsonFormat> {
    UrlhausJsonFormatTest() {
        super(new UrlhausJsonFormat(), "urls-recent.json", "http://198.51.100.9:44312/i");
    }

    @Test
    void mapsApiEntriesToMalwareDistributionEvents() {
        List<FeedRun.Parsed> parsed = fixtureRecords();

        assertThat(parsed).extracting(p -> p.record().line()).containsExactly(2L, 3L);
        List<Event> events =
                FeedRun.events(parsed.stream().map(FeedRun.Parsed::outcome).toList());
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T08:15:02Z"));
        assertThat(first.classification().type()).isEqualTo("malware-distribution");
        assertThat(first.source().ip()).isEqualTo("198.51.100.9");
        assertThat(first.source().port()).isEqualTo(44312);
        assertThat(first.source().url()).isEqualTo("http://198.51.100.9:44312/i");
        assertThat(first.extra())
                .containsEntry("tags", List.of("elf", "mozi"))
                .containsEntry("larted", "true")
                .containsEntry("blacklists.spamhaus_dbl", "not listed")
                .containsEntry("urlhaus_reference", "https://urlhaus.abuse.ch/url/3710001/");
        assertThat(first.raw()).contains("\"id\":\"3710001\"");

        Event second = events.get(1);
        assertThat(second.source().fqdn()).isEqualTo("cdn.example.org");
        assertThat(second.extra()).doesNotContainKey("tags");
    }

    @Test
    void answerWithoutResultsHasNoRecords() {
        assertThat(FeedRun.outcomes(format, "{\"query_status\":\"no_results\"}", "x.json"))
                .isEmpty();
    }

    @Test
    void rejectsEntriesOfWrongTypes() {
        String text = """
                {"query_status":"ok","urls":[
                 {"url":{"nested":1},"date_added":"2026-11-23 08:15:02 UTC"},
                 "just a string",
                 {"url":"http://a.example.com/","date_added":12}
                ]}""";

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.json"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-value", "bad-json", "bad-timestamp");
    }

    @Test
    void brokenJsonEndsWithOneFramingReject() {
        String text =
                "{\"query_status\":\"ok\",\"urls\":[{\"url\":\"http://a.example.com/\",\"date_added\":\"2026-11-23 08:15:02\"},{\"url\":";

        List<ParseOutcome> outcomes = FeedRun.outcomes(format, text, "x.json");

        assertThat(FeedRun.events(outcomes)).hasSize(1);
        assertThat(FeedRun.rejects(outcomes))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-framing");
    }

    @Test
    void readsAnswerWithByteOrderMark() {
        List<Event> events = FeedRun.events(FeedRun.outcomes(format, "\uFEFF" + fixture(), fixtureName()));

        assertThat(events).hasSize(2);
    }
}
