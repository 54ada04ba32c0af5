package org.sitrep.ingest.feeds.urlhaus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class UrlhausCsvFormatTest extends FeedFormatContract<UrlhausCsvFormat> {
    UrlhausCsvFormatTest() {
        super(new UrlhausCsvFormat(), "csv_recent.csv", "http://198.51.100.9:44312/i");
    }

    @Test
    void mapsDumpRowsToMalwareDistributionEvents() {
        List<Event> events = fixtureEvents();

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T08:15:02Z"));
        assertThat(first.feed().name()).isEqualTo("urlhaus");
        assertThat(first.feed().provider()).isEqualTo("abuse.ch");
        assertThat(first.classification().taxonomy()).isEqualTo("malicious-code");
        assertThat(first.classification().type()).isEqualTo("malware-distribution");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.9",
                        44312,
                        null,
                        "http://198.51.100.9:44312/i",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(first.extra())
                .containsEntry("tags", List.of("elf", "mozi"))
                .containsEntry("threat", "malware_download")
                .containsEntry("url_status", "online")
                .containsEntry("id", "3710001")
                .containsEntry("reporter", "example_reporter");
        assertThat(first.raw()).startsWith("\"3710001\",\"2026-11-23 08:15:02\"");

        Event second = events.get(1);
        assertThat(second.source().fqdn()).isEqualTo("files.example.net");
        assertThat(second.source().ip()).isNull();
        assertThat(second.source().url()).isEqualTo("https://files.example.net/inv_2211.zip");
        assertThat(second.extra())
                .containsEntry("tags", List.of("zip", "qakbot"))
                .doesNotContainKey("last_online");
    }

    @Test
    void readsOlderPerCountryCsvWithAddressAndCountry() {
        String text = FeedRun.resource(getClass(), "country-cn-legacy.csv");

        Event event = FeedRun.events(FeedRun.outcomes(format, text, "country-cn-legacy.csv"))
                .get(0);

        assertThat(event.source())
                .isEqualTo(new Endpoint(
                        "203.0.113.40",
                        null,
                        "dl.example.cn",
                        "http://dl.example.cn/x.exe",
                        64499L,
                        null,
                        null,
                        "CN",
                        null,
                        null));
        assertThat(event.extra()).containsEntry("host", "dl.example.cn");
    }

    @Test
    void readsThePerCountryFeedWithItsUtcDateColumn() {
        String text = FeedRun.resource(getClass(), "country-cn.csv");

        List<FeedRun.Parsed> parsed = FeedRun.records(format, text, "country-cn.csv");
        List<Event> events =
                FeedRun.events(parsed.stream().map(FeedRun.Parsed::outcome).toList());

        assertThat(parsed).extracting(p -> p.record().line()).containsExactly(10L, 11L);
        assertThat(events.get(0).timeSource()).isEqualTo(Instant.parse("2026-11-23T07:50:06Z"));
        assertThat(events.get(0).source())
                .isEqualTo(new Endpoint(
                        "203.0.113.110",
                        47010,
                        null,
                        "http://203.0.113.110:47010/i",
                        64499L,
                        null,
                        null,
                        "CN",
                        null,
                        null));
        assertThat(events.get(0).extra())
                .containsEntry("url_status", "online")
                .containsEntry("threat", "malware_download");
        assertThat(events.get(1).source().fqdn()).isEqualTo("dl.example.cn");
        assertThat(events.get(1).source().ip()).isEqualTo("198.51.100.7");
        assertThat(events.get(1).extra()).containsEntry("url_status", "offline");
    }

    @Test
    void readsRowsWithoutHeaderCommentByTheDumpLayout() {
        String text =
                "\"1\",\"2026-11-23 08:15:02\",\"http://a.example.com/x\",\"online\",\"\",\"malware_download\",\"\",\"\",\"\"\n";

        List<Event> events = FeedRun.events(FeedRun.outcomes(format, text, "x.csv"));

        assertThat(events).extracting(event -> event.source().fqdn()).containsExactly("a.example.com");
    }

    @Test
    void rejectsRowsWithBadUrlOrDate() {
        String text = """
                # id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
                "1","2026-11-23 08:15:02","not a url","online","","malware_download","","",""
                "2","yesterday","http://a.example.com/","online","","malware_download","","",""
                "3","2026-11-23 08:15:02","","online","","malware_download","","",""
                """;

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.csv"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-url", "bad-timestamp", "missing-field");
    }
}
