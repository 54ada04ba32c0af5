package org.sitrep.ingest.feeds.shadowserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class ShadowserverFormatTest extends FeedFormatContract {

    private static final String SINKHOLE = "2026-11-23-event4_sinkhole_http-example-geo.csv";
    private static final String COMPROMISED = "2026-11-22-compromised_website-example-geo.csv";
    private static final String SCAN_HTTP = "2026-11-23-scan_http-example-geo.csv";

    private final ShadowserverFormat format = new ShadowserverFormat();

    @Override
    protected FeedFormat format() {
        return format;
    }

    @Override
    protected String fixtureName() {
        return SINKHOLE;
    }

    @Override
    protected String valueToInflate() {
        return "/gate.php";
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
    void mapsSinkholeEventsWithInfectedHostAsSourceAndSinkholeAsDestination() {
        List<Event> events = events(SINKHOLE);

        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.timeSource()).isEqualTo(Instant.parse("2026-11-23T00:00:07Z"));
        assertThat(first.timeObservation()).isEqualTo(FeedRun.OBSERVED);
        assertThat(first.feed().name()).isEqualTo("shadowserver-event4-sinkhole-http");
        assertThat(first.feed().provider()).isEqualTo("Shadowserver");
        assertThat(first.classification().taxonomy()).isEqualTo("malicious-code");
        assertThat(first.classification().type()).isEqualTo("infected-system");
        assertThat(first.classification().identifier()).isEqualTo("avalanche-andromeda");
        assertThat(first.malwareName()).isEqualTo("andromeda");
        assertThat(first.source())
                .isEqualTo(new Endpoint(
                        "198.51.100.23", 51234, null, null, 64500L, null, null, "CN", "GUANGDONG", "SHENZHEN"));
        assertThat(first.destination())
                .isEqualTo(new Endpoint(
                        "203.0.113.80", 80, "c2.example.net", null, 64501L, null, null, "US", "CALIFORNIA", "FREMONT"));
        assertThat(first.extra())
                .containsEntry("protocol", "tcp")
                .containsEntry("src_naics", "517311")
                .containsEntry("http_url", "/gate.php")
                .containsEntry("http_agent", "Mozilla/4.0")
                .doesNotContainKeys("src_ip", "infection", "timestamp");
        assertThat(first.raw()).startsWith("\"2026-11-23 00:00:07\",\"tcp\",\"198.51.100.23\",51234,");

        Event second = events.get(1);
        assertThat(second.classification().identifier()).isEqualTo("qsnatch");
        assertThat(second.source().ip()).isEqualTo("198.51.100.77");
        assertThat(second.destination().port()).isEqualTo(443);
        assertThat(second.extra()).containsEntry("ssl_cipher", "TLS_AES_128_GCM_SHA256");
    }

    @Test
    void recognisesSinkholeReportByHeaderWithoutReportFileName() {
        List<Event> events = events(SINKHOLE, "download.csv");

        assertThat(events).extracting(event -> event.feed().name()).containsOnly("shadowserver-event4-sinkhole-http");
        assertThat(events).extracting(event -> event.classification().type()).containsOnly("infected-system");
    }

    @Test
    void mapsLegacySinkholeHttpDroneRows() {
        Event event = events("sinkhole-http-drone-legacy.csv").get(0);

        assertThat(event.feed().name()).isEqualTo("shadowserver-sinkhole-http-drone");
        assertThat(event.classification().type()).isEqualTo("infected-system");
        assertThat(event.classification().identifier()).isEqualTo("conficker");
        assertThat(event.malwareName()).isEqualTo("conficker");
        assertThat(event.source())
                .isEqualTo(new Endpoint("198.51.100.90", 3312, null, null, 64502L, null, null, "CN", null, null));
        assertThat(event.destination())
                .isEqualTo(new Endpoint(
                        "203.0.113.90", 80, "sinkhole.example.org", null, 64503L, null, null, "DE", null, null));
        assertThat(event.timeSource()).isEqualTo(Instant.parse("2020-06-08T10:11:12Z"));
    }

    @Test
    void classifiesCompromisedWebsitesByCategory() {
        List<Event> events = events(COMPROMISED);

        assertThat(events).hasSize(3);
        Event webshell = events.get(0);
        assertThat(webshell.classification().taxonomy()).isEqualTo("intrusions");
        assertThat(webshell.classification().type()).isEqualTo("system-compromise");
        assertThat(webshell.classification().identifier()).isEqualTo("webshell");
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
        assertThat(webshell.extra()).containsEntry("detected_since", "2026-11-19 22:10:05");

        Event phishing = events.get(1);
        assertThat(phishing.classification().type()).isEqualTo("phishing");
        assertThat(phishing.classification().taxonomy()).isEqualTo("fraud");
        assertThat(phishing.source().url()).isEqualTo("https://bank-example.example.net/login/");
        assertThat(phishing.source().fqdn()).isEqualTo("bank-example.example.net");

        Event defaced = events.get(2);
        assertThat(defaced.classification().type()).isEqualTo("system-compromise");
        assertThat(defaced.classification().identifier()).isEqualTo("defacement");
        assertThat(defaced.source().url()).isEqualTo("http://www.example.gov.cn:8080/index.html");
    }

    @Test
    void classifiesScanReportsByProtocol() {
        List<Event> http = events(SCAN_HTTP);

        assertThat(http).hasSize(2);
        Event first = http.get(0);
        assertThat(first.feed().name()).isEqualTo("shadowserver-scan-http");
        assertThat(first.classification().taxonomy()).isEqualTo("vulnerable");
        assertThat(first.classification().type()).isEqualTo("vulnerable-system");
        assertThat(first.classification().identifier()).isEqualTo("accessible-http");
        assertThat(first.source())
                .isEqualTo(
                        new Endpoint("192.0.2.45", 8080, null, null, 64497L, null, null, "CN", "ZHEJIANG", "HANGZHOU"));
        assertThat(first.extra())
                .containsEntry("hostname", "host45.example.net")
                .containsEntry("server", "lighttpd");
        assertThat(http.get(1).extra()).containsEntry("www_authenticate", "Basic realm=\"router\"");

        Event rdp = events("2026-11-23-scan6_rdp-example-geo.csv").get(0);
        assertThat(rdp.classification().type()).isEqualTo("potentially-unwanted-accessible");
        assertThat(rdp.classification().identifier()).isEqualTo("accessible-rdp");
        assertThat(rdp.source().ip()).isEqualTo("2001:db8::17");
    }

    @Test
    void scanReportWithoutFileNameTakesProtocolFromTag() {
        List<Event> events = events(SCAN_HTTP, "export.csv");

        assertThat(events)
                .extracting(event -> event.classification().identifier())
                .containsOnly("accessible-http");
        assertThat(events).extracting(event -> event.feed().name()).containsOnly("shadowserver-scan");
    }

    @Test
    void rejectsRowsWithBadValuesNamingTheField() {
        String text = """
                "timestamp","protocol","src_ip","src_port","infection"
                "2026-11-23 00:00:07","tcp","not-an-ip",1,"mirai"
                "23/11/2026","tcp","198.51.100.1",1,"mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1",99999,"mirai"
                "2026-11-23 00:00:07","tcp","198.51.100.1",1,""
                "2026-11-23 00:00:07","tcp","198.51.100.1",1,"mirai","extra cell"
                """;

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.csv"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::field, ParseOutcome.Rejected::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("src_ip", "bad-ip"),
                        org.assertj.core.groups.Tuple.tuple("timestamp", "bad-timestamp"),
                        org.assertj.core.groups.Tuple.tuple("src_port", "bad-port"),
                        org.assertj.core.groups.Tuple.tuple("infection", "missing-field"),
                        org.assertj.core.groups.Tuple.tuple(null, "bad-framing"));
    }

    @Test
    void rejectsUnknownReportTypes() {
        String text = "\"timestamp\",\"foo\"\n\"2026-11-23 00:00:07\",\"bar\"\n";

        List<ParseOutcome> outcomes = FeedRun.outcomes(format, text, "2026-11-23-device_id-example-geo.csv");

        assertThat(FeedRun.rejects(outcomes))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("unknown-report");
    }

    @Test
    void readsFilesWithByteOrderMark() {
        List<Event> events = events("utf8-bom.csv", SCAN_HTTP);

        assertThat(events).hasSize(2);
        assertThat(events.get(0).timeSource()).isEqualTo(Instant.parse("2026-11-23T01:02:26Z"));
    }

    @Test
    void namesIpv6SinkholeReportEvent6WhenRecognisedByHeader() {
        Event event = events("event6-sinkhole-http.csv").get(0);

        assertThat(event.feed().name()).isEqualTo("shadowserver-event6-sinkhole-http");
        assertThat(event.source().ip()).isEqualTo("2001:db8:10::5");
        assertThat(event.destination().ip()).isEqualTo("2001:db8:ffff::80");
        assertThat(event.destination().fqdn()).isEqualTo("cnc.example.net");
        assertThat(event.classification().identifier()).isEqualTo("mirai");
    }
}
