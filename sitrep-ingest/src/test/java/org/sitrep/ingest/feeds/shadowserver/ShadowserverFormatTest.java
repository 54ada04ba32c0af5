package org.sitrep.ingest.feeds.shadowserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class ShadowserverFormatTest extends FeedFormatContract<ShadowserverFormat> {

    private static final String SINKHOLE = "2026-11-23-event4_sinkhole_http-example-geo.csv";
    private static final String COMPROMISED = "2026-11-22-compromised_website-example-geo.csv";
    private static final String SCAN_HTTP = "2026-11-23-scan_http-example-geo.csv";

    ShadowserverFormatTest() {
        super(new ShadowserverFormat(), SINKHOLE, "/gate.php");
    }

    private List<Event> events(String name) {
        return events(name, name);
    }

    private List<Event> events(String resource, String fileName) {
        List<ParseOutcome> outcomes = FeedRun.outcomes(format, FeedRun.resource(getClass(), resource), fileName);
        assertThat(FeedRun.rejects(outcomes)).isEmpty();
        return FeedRun.events(outcomes);
    }

    @Test
    void mapsSinkholeEventsByTheSchemaWithInfectedHostAsSourceAndSinkholeAsDestination() {
        List<Event> events = events(SINKHOLE);

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T00:00:07Z"));
        assertThat(first.timeObservation()).isEqualTo(FeedRun.OBSERVED);
        assertThat(first.feed().name()).isEqualTo("Sinkhole-Events-HTTP IPv4");
        assertThat(first.feed().provider()).isEqualTo("Shadowserver");
        assertThat(first.classification())
                .isEqualTo(new Event.Classification("malicious-code", "infected-system", "andromeda"));
        assertThat(first.malwareName()).isEqualTo("andromeda");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.23", 51234, null, null, 64500L, null, null, "CN", "GUANGDONG", "SHENZHEN"));
        assertThat(first.destination())
                .isEqualTo(new Endpoint(
                        "203.0.113.80",
                        80,
                        "c2.example.net",
                        "http://c2.example.net/gate.php",
                        64501L,
                        null,
                        null,
                        "US",
                        "CALIFORNIA",
                        "FREMONT"));
        assertThat(first.extra())
                .containsEntry("family", "avalanche-andromeda")
                .containsEntry("source.naics", 517311L)
                .containsEntry("destination.naics", 518210L)
                .containsEntry("http_agent", "Mozilla/4.0")
                .containsEntry("protocol.transport", "tcp")
                .containsEntry("protocol.application", "http")
                .doesNotContainKeys("src_ip", "infection", "timestamp", "http_url", "src_naics");
        assertThat(first.raw()).startsWith("\"2026-11-23 00:00:07\",\"tcp\",\"198.51.100.23\",51234,");

        Event second = events.get(1);
        assertThat(second.classification().identifier()).isEqualTo("qsnatch");
        assertThat(second.source().ip()).isEqualTo("198.51.100.77");
        assertThat(second.destination().port()).isEqualTo(443);
        assertThat(second.extra()).containsEntry("ssl_cipher", "TLS_AES_128_GCM_SHA256");
    }

    @Test
    void readsTheReportFromEachOfTheThreeFileNameForms() {
        for (String name : List.of(
                "2026-11-23-event4_sinkhole_http-example-geo.csv",
                "2026-11-23-event4_sinkhole_http-123-sample-asn-delayed.csv",
                "2026-11-23-event4_sinkhole_http.csv",
                "event4_sinkhole_http.csv",
                "reports/event4_sinkhole_http.csv.gz")) {
            List<Event> events = events(SINKHOLE, name);

            assertThat(events).as(name).hasSize(2);
            assertThat(events).extracting(event -> event.feed().name()).containsOnly("Sinkhole-Events-HTTP IPv4");
        }
    }

    @Test
    void neverGuessesTheReportFromTheHeader() {
        for (String name : List.of("download.csv", "export-2026-11-23.csv", "sinkhole-http.txt")) {
            List<ParseOutcome> outcomes = FeedRun.outcomes(format, fixture(), name);

            assertThat(FeedRun.events(outcomes)).as(name).isEmpty();
            assertThat(FeedRun.rejects(outcomes))
                    .as(name)
                    .hasSize(2)
                    .extracting(ParseOutcome.Rejected::code)
                    .containsOnly("unknown-report");
        }
    }

    @Test
    void rejectsReportsTheSchemaDoesNotHaveAsUnknownReportNotAsInfections() {
        List<ParseOutcome> legacy = FeedRun.outcomes(
                format,
                FeedRun.resource(getClass(), "sinkhole-http-drone-legacy.csv"),
                "2020-06-08-botnet_drone-x.csv");
        List<ParseOutcome> invented = FeedRun.outcomes(
                format,
                "\"timestamp\",\"ip\"\n\"2026-11-23 00:00:07\",\"192.0.2.1\"\n",
                "2026-11-23-event4_honeypot_teapot-x.csv");

        assertThat(FeedRun.rejects(legacy))
                .extracting(ParseOutcome.Rejected::code, ParseOutcome.Rejected::detail)
                .containsExactly(tuple("unknown-report", "Shadowserver report botnet_drone is not in the schema"));
        assertThat(FeedRun.rejects(invented))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("unknown-report");
    }

    @Test
    void classifiesCompromisedWebsitesAsTheSchemaSaysKeepingTheCategory() {
        List<Event> events = events(COMPROMISED);

        assertThat(events).hasSize(3);
        assertThat(events)
                .extracting(Event::classification)
                .containsOnly(new Event.Classification("intrusions", "system-compromise", "compromised-website"));
        Event webshell = events.get(0);
        assertThat(webshell.malwareName()).isEqualTo("b374k");
        assertThat(webshell.source())
                .isEqualTo(new Endpoint(
                        "203.0.113.15",
                        80,
                        "shop.example.com",
                        "http://shop.example.com/wp-content/x.php",
                        64496L,
                        null,
                        null,
                        "CN",
                        "BEIJING",
                        "BEIJING"));
        assertThat(webshell.extra())
                .containsEntry("event_description.text", "webshell")
                .containsEntry("source.reverse_dns", "shop.example.com")
                .containsEntry("detected_since", "2026-11-19 22:10:05");
        assertThat(events.get(1).source().url()).isEqualTo("https://bank-example.example.net/login/");
        assertThat(events.get(1).extra()).containsEntry("event_description.text", "phishing");
        // as IntelMQ builds it: scheme from the application, host and path, no port
        assertThat(events.get(2).source().url()).isEqualTo("http://www.example.gov.cn/index.html");
        assertThat(events.get(2).source().port()).isEqualTo(8080);
    }

    @Test
    void classifiesScanReportsByTheirReportNotTheirTag() {
        List<Event> http = events(SCAN_HTTP);

        assertThat(http).hasSize(2);
        Event first = http.get(0);
        assertThat(first.feed().name()).isEqualTo("Accessible-HTTP");
        assertThat(first.classification()).isEqualTo(new Event.Classification("other", "other", "accessible-http"));
        assertThat(first.source())
                .isEqualTo(
                        new Endpoint("192.0.2.45", 8080, null, null, 64497L, null, null, "CN", "ZHEJIANG", "HANGZHOU"));
        assertThat(first.extra())
                .containsEntry("source.reverse_dns", "host45.example.net")
                .containsEntry("server", "lighttpd")
                .containsEntry("http_code", 200L)
                .containsEntry("http_date", "2026-11-23T01:02:28Z")
                .containsEntry("sic", "737401");
        assertThat(http.get(1).extra()).containsEntry("www_authenticate", "Basic realm=\"router\"");

        Event rdp = events("2026-11-23-scan6_rdp-example-geo.csv").get(0);
        assertThat(rdp.classification())
                .isEqualTo(new Event.Classification("vulnerable", "vulnerable-system", "open-rdp"));
        assertThat(rdp.source().ip()).isEqualTo("2001:db8::17");
    }

    @Test
    void rejectsRowsWithBadValuesNamingTheField() {
        String text = """
                "timestamp","protocol","src_ip","src_port","infection"
                "2026-11-23 00:00:07","tcp","not-an-ip",1,"mirai"
                "23/11/2026","tcp","198.51.100.1",1,"mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1",99999,"mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1",,"mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1","x","mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1",1,"mirai","extra cell"
                "2026-11-23 00:00:07","tcp","198.51.100.1",1,""
                """;

        List<ParseOutcome> outcomes = FeedRun.outcomes(format, text, "2026-11-23-event4_sinkhole_http-x.csv");

        assertThat(FeedRun.rejects(outcomes))
                .extracting(ParseOutcome.Rejected::field, ParseOutcome.Rejected::code)
                .containsExactly(
                        tuple("src_ip", "bad-ip"),
                        tuple("timestamp", "bad-timestamp"),
                        tuple("src_port", "bad-port"),
                        tuple("src_port", "missing-field"),
                        tuple("src_port", "bad-number"),
                        tuple(null, "bad-framing"));
        // the infection is optional in the schema: without it the event has no identifier
        assertThat(FeedRun.events(outcomes))
                .singleElement()
                .satisfies(event -> assertThat(event.classification())
                        .isEqualTo(new Event.Classification("malicious-code", "infected-system", null)));
    }

    @Test
    void rejectsEveryRowOfAHeaderWithoutTheReportsRequiredColumns() {
        String text = """
                "timestamp","protocol","src_ip","infection"
                "2026-11-23 00:00:07","tcp","198.51.100.1","mirai"
                "2026-11-23 00:00:08","tcp","198.51.100.2","mirai"
                """;

        List<ParseOutcome.Rejected> rejects =
                FeedRun.rejects(FeedRun.outcomes(format, text, "2026-11-23-event4_sinkhole_http-x.csv"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::field, ParseOutcome.Rejected::code)
                .containsExactly(tuple("src_port", "missing-field"), tuple("src_port", "missing-field"));
        assertThat(rejects.get(0).detail())
                .isEqualTo("report event4_sinkhole_http requires the column src_port, which the header lacks");
    }

    @Test
    void refusesAnUnknownKeyUnderFeedsShadowserver() {
        var context = new FormatContext("scan_http.csv", null, java.util.Map.of("shema", "x.json"));

        assertThatThrownBy(() -> format.parser(context))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shema");
    }

    @Test
    void readsFilesWithByteOrderMark() {
        List<Event> events = events("utf8-bom.csv", SCAN_HTTP);

        assertThat(events).hasSize(2);
        assertThat(events.get(0).timeSource()).isEqualTo(Instant.parse("2026-11-23T01:02:26Z"));
    }

    @Test
    void readsIpv6SinkholeReports() {
        Event event = events("2026-11-23-event6_sinkhole_http-example-geo.csv").get(0);

        assertThat(event.feed().name()).isEqualTo("Sinkhole-Events-HTTP IPv6");
        assertThat(event.source().ip()).isEqualTo("2001:db8:10::5");
        assertThat(event.destination().ip()).isEqualTo("2001:db8:ffff::80");
        assertThat(event.destination().fqdn()).isEqualTo("cnc.example.net");
        assertThat(event.classification().identifier()).isEqualTo("mirai");
    }

    @Test
    void detectsByTheFileNamesReportAndClaimsOtherTimestampHeadersOnlyToRefuseThem() {
        var header = List.of("\"timestamp\",\"ip\",\"port\"");

        assertThat(format.detect(new Sample("2026-11-23-scan_http-example-geo.csv", header)))
                .isEqualTo(98);
        assertThat(format.detect(new Sample("scan_http.csv", List.of("ip,port"))))
                .isEqualTo(60);
        assertThat(format.detect(new Sample("2026-11-23-scan_teapot-x.csv", header)))
                .isEqualTo(80);
        assertThat(format.detect(new Sample("notes.csv", List.of("a,b")))).isZero();
    }
}
