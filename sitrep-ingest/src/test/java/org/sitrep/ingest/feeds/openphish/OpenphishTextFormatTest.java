package org.sitrep.ingest.feeds.openphish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class OpenphishTextFormatTest extends FeedFormatContract<OpenphishTextFormat> {
    OpenphishTextFormatTest() {
        super(new OpenphishTextFormat(), "feed.txt", "/owa/auth.html");
    }

    @Test
    void mapsEachUrlToPhishingEventTimedWhenRead() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(3);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(FeedRun.OBSERVED);
        assertThat(first.feed().name()).isEqualTo("openphish");
        assertThat(first.classification().taxonomy()).isEqualTo("fraud");
        assertThat(first.classification().type()).isEqualTo("phishing");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        null,
                        null,
                        "login-secure.example.com",
                        "https://login-secure.example.com/account/verify.php",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(first.raw()).isEqualTo("https://login-secure.example.com/account/verify.php");
        assertThat(events.get(1).source().ip()).isEqualTo("198.51.100.52");
    }

    @Test
    void rejectsLinesThatAreNotUrls() {
        List<ParseOutcome> outcomes =
                FeedRun.outcomes(format, "https://a.example.com/\nnot a url\nhttp://\n", "feed.txt");

        assertThat(FeedRun.events(outcomes)).hasSize(1);
        assertThat(FeedRun.rejects(outcomes))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-url", "bad-url");
    }

    @Test
    void detectsOnlyListsOfHttpUrlsAndLowUnlessNamed() {
        assertThat(format.detect(FeedRun.sample("urls.txt", fixture()))).isEqualTo(50);
        assertThat(format.detect(FeedRun.sample("openphish-feed.txt", fixture())))
                .isEqualTo(80);
        assertThat(format.detect(FeedRun.sample("urls.txt", fixture() + "198.51.100.1\n")))
                .isZero();
        assertThat(format.detect(FeedRun.sample("urls.txt", "ftp://files.example.com/x\n")))
                .isZero();
    }
}
