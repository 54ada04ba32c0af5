package org.sitrep.ingest.feeds.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class StixBundleFormatTest extends FeedFormatContract<StixBundleFormat> {
    StixBundleFormatTest() {
        super(new StixBundleFormat(), "bundle.json", "QakBot C2 203.0.113.188:443");
    }

    private List<FeedRun.Parsed> parsed() {
        return fixtureRecords();
    }

    @Test
    void framesOneRecordPerIndicatorAndObservedDataWithTheirLines() {
        assertThat(parsed()).extracting(p -> p.record().line()).containsExactly(3L, 4L, 5L, 6L, 9L, 10L, 13L, 14L);
    }

    @Test
    void mapsIndicatorsByPatternLabelsAndMarkings() {
        List<ParseOutcome> outcomes =
                parsed().stream().map(FeedRun.Parsed::outcome).toList();
        List<Event> events = FeedRun.events(outcomes);

        assertThat(events).hasSize(6);
        Event c2 = events.get(0);
        assertThat(c2.timeSource()).isEqualTo(Instant.parse("2026-11-20T14:19:09Z"));
        assertThat(c2.feed().name()).isEqualTo("stix");
        assertThat(c2.feed().provider()).isEqualTo("CERT-EXAMPLE");
        assertThat(c2.classification().type()).isEqualTo("c2-server");
        assertThat(c2.source())
                .isEqualTo(new Endpoint("203.0.113.188", 443, null, null, null, null, null, null, null, null));
        assertThat(c2.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(c2.extra())
                .containsEntry("stix_id", "indicator--675889be-3067-4cf3-97b4-9393887074ac")
                .containsEntry("confidence", "80")
                .containsEntry("labels", List.of("c2-server"));

        Event url = events.get(1);
        assertThat(url.classification().type()).isEqualTo("malware-distribution");
        assertThat(url.source().url()).isEqualTo("http://bad.example.net/dl/inv.exe");
        assertThat(url.source().fqdn()).isEqualTo("bad.example.net");
        assertThat(url.tlp()).as("TLP 1.0 AMBER id").isEqualTo(Tlp.AMBER);
        assertThat(url.feed().provider()).isNull();

        Event phishing = events.get(2);
        assertThat(phishing.classification().type()).isEqualTo("phishing");
        assertThat(phishing.source().fqdn()).isEqualTo("login-verify.example.com");

        Event sample = events.get(3);
        assertThat(sample.classification().type()).isEqualTo("other");
        assertThat(sample.classification().identifier()).isEqualTo("qakbot");
        assertThat(sample.malwareName()).isEqualTo("qakbot");
        assertThat(sample.malwareHashSha256())
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(sample.tlp()).as("strictest of GREEN and RED").isEqualTo(Tlp.RED);

        assertThat(FeedRun.skips(outcomes))
                .extracting(ParseOutcome.Skipped::reason)
                .containsExactly(
                        "STIX indicator: pattern is more than one AND of comparisons",
                        "indicator pattern_type snort is not taken");
    }

    @Test
    void mapsObservedDataFromReferencedAndEmbeddedObjects() {
        List<Event> events =
                FeedRun.events(parsed().stream().map(FeedRun.Parsed::outcome).toList());

        Event compromised = events.get(4);
        assertThat(compromised.timeSource()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(compromised.classification().type()).isEqualTo("system-compromise");
        assertThat(compromised.source())
                .isEqualTo(new Endpoint(
                        "203.0.113.9",
                        null,
                        null,
                        "https://203.0.113.9/wp-admin/shell.php",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertThat(compromised.tlp()).isEqualTo(Tlp.AMBER);

        Event c2 = events.get(5);
        assertThat(c2.classification().type()).isEqualTo("c2-server");
        assertThat(c2.source())
                .isEqualTo(
                        new Endpoint("2001:db8::c2", 8443, "c2.example.org", null, null, null, null, null, null, null));
    }

    @Test
    void readsBundleMarkingDefinitionsForTlp() {
        String text = """
                {"type":"bundle","id":"bundle--1","objects":[
                {"type":"marking-definition","id":"marking-definition--custom","definition_type":"tlp","definition":{"tlp":"white"}},
                {"type":"indicator","id":"indicator--1","pattern":"[ipv4-addr:value = '198.51.100.7/32']","pattern_type":"stix","valid_from":"2026-11-23T00:00:00Z","object_marking_refs":["marking-definition--custom"]}
                ]}""";

        Event event = FeedRun.events(FeedRun.outcomes(format, text, "x.json")).get(0);

        assertThat(event.tlp()).isEqualTo(Tlp.CLEAR);
        assertThat(event.source().ip()).isEqualTo("198.51.100.7");
        assertThat(event.classification().type()).isEqualTo("other");
    }

    @Test
    void rejectsBrokenPatternsAndValues() {
        String text = """
                {"type":"bundle","id":"bundle--1","objects":[
                {"type":"indicator","id":"indicator--1","pattern":"ipv4-addr:value = '198.51.100.7'","valid_from":"2026-11-23T00:00:00Z"},
                {"type":"indicator","id":"indicator--2","pattern":"[ipv4-addr:value = '198.51.100.300']","valid_from":"2026-11-23T00:00:00Z"},
                {"type":"indicator","id":"indicator--3","pattern":"[url:value = 'http://a.example.com/']"},
                {"type":"indicator","id":"indicator--4","pattern":["not","text"],"valid_from":"2026-11-23T00:00:00Z"}
                ]}""";

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "x.json"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-pattern", "bad-ip", "missing-field", "bad-value");
    }
}
