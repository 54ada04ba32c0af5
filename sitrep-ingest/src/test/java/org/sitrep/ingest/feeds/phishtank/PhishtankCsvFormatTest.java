package org.sitrep.ingest.feeds.phishtank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class PhishtankCsvFormatTest extends FeedFormatContract<PhishtankCsvFormat> {
    PhishtankCsvFormatTest() {
        super(new PhishtankCsvFormat(), "online-valid.csv", "https://login-secure.example.com/account/verify.php");
    }

    @Test
    void mapsVerifiedOnlineEntriesAndSkipsTheRestWithReasons() {
        List<ParseOutcome> outcomes = fixtureOutcomes();
        List<Event> events = FeedRun.events(outcomes);

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T06:06:06Z"));
        assertThat(first.feed().name()).isEqualTo("phishtank");
        assertThat(first.classification().type()).isEqualTo("phishing");
        assertThat(first.eventDescriptionTarget()).isNull();
        assertThat(first.source().fqdn()).isEqualTo("login-secure.example.com");
        assertThat(first.extra())
                .containsEntry("phish_id", "8800001")
                .containsEntry("submission_time", "2026-11-23T06:00:00+00:00")
                .containsEntry("phish_detail_url", "https://www.phishtank.com/phish_detail.php?phish_id=8800001");

        Event second = events.get(1);
        assertThat(second.eventDescriptionTarget()).isEqualTo("Microsoft");
        assertThat(second.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.52",
                        null,
                        null,
                        "http://198.51.100.52/owa/auth.html",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        assertThat(FeedRun.skips(outcomes))
                .extracting(ParseOutcome.Skipped::reason)
                .containsExactly("PhishTank entry not verified", "PhishTank entry no longer online");
    }
}
