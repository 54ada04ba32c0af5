package org.sitrep.ingest.feeds.misp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class MispEventFormatTest extends FeedFormatContract<MispEventFormat> {
    MispEventFormatTest() {
        super(new MispEventFormat(), "a06f2715-9586-41b8-b242-931e9a152871.json", "http://bad.example.net/dl/inv.exe");
    }

    private List<FeedRun.Parsed> parsed() {
        return fixtureRecords();
    }

    @Test
    void framesOneRecordPerAttributeIncludingObjectAttributes() {
        assertThat(parsed()).extracting(p -> p.record().line()).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 9L);
    }

    @Test
    void mapsAttributesWithEventTagsGivenAfterThem() {
        List<ParseOutcome> outcomes =
                parsed().stream().map(FeedRun.Parsed::outcome).toList();
        List<Event> events = FeedRun.events(outcomes);

        assertThat(events).hasSize(6);
        Event ip = events.get(0);
        assertThat(ip.timeSource()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(ip.feed().name()).isEqualTo("misp");
        assertThat(ip.feed().provider()).isEqualTo("CERT-EXAMPLE");
        assertThat(ip.classification().type()).as("event's rsit tag").isEqualTo("c2-server");
        assertThat(ip.classification().identifier()).as("malpedia galaxy").isEqualTo("qakbot");
        assertThat(ip.malwareName()).isEqualTo("qakbot");
        assertThat(ip.tlp()).isEqualTo(Tlp.GREEN);
        assertThat(ip.source())
                .isEqualTo(new Endpoint("198.51.100.23", null, null, null, null, null, null, null, null, null));
        assertThat(ip.extra())
                .containsEntry("misp.event_uuid", "a06f2715-9586-41b8-b242-931e9a152871")
                .containsEntry("misp.attribute_uuid", "36d7c5f0-3cca-46e2-8bad-0ef87fe9d50f")
                .containsEntry("misp.category", "Network activity")
                .containsEntry("misp.to_ids", "true");

        Event url = events.get(1);
        assertThat(url.timeSource()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(url.classification().type()).as("attribute's rsit tag wins").isEqualTo("malware-distribution");
        assertThat(url.tlp()).as("attribute's tlp tag wins").isEqualTo(Tlp.AMBER);
        assertThat(url.source().url()).isEqualTo("http://bad.example.net/dl/inv.exe");
        assertThat(url.source().fqdn()).isEqualTo("bad.example.net");

        Event ipPort = events.get(2);
        assertThat(ipPort.timeSource()).isEqualTo(Instant.parse("2026-11-20T14:19:09Z"));
        assertThat(ipPort.source())
                .isEqualTo(new Endpoint("203.0.113.188", 443, null, null, null, null, null, null, null, null));

        Event hash = events.get(3);
        assertThat(hash.malwareHashSha256())
                .isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

        assertThat(events.get(4).source().fqdn()).isEqualTo("c2.example.org");
        assertThat(events.get(4).extra()).containsEntry("misp.object_name", "domain-ip");
        assertThat(events.get(5).source().ip()).isEqualTo("2001:db8::c2");

        assertThat(FeedRun.skips(outcomes))
                .extracting(ParseOutcome.Skipped::reason)
                .containsExactly("MISP attribute type text is not taken");
    }

    @Test
    void classifiesByCategoryWithoutTagsAndReadsNumbersAsNumbers() {
        String text = """
                {"Event":{"uuid":"e1","date":"2026-11-23","Attribute":[
                {"type":"domain","category":"Payload delivery","value":"dl.example.com","timestamp":1795420800},
                {"type":"ip-src","category":"Network activity","value":"198.51.100.5"},
                {"type":"md5","category":"Payload installation","value":"44D88612FEA8A8F36DE82E1278ABB02F"},
                {"type":"domain","value":"d.example.com","Tag":[{"name":"ecsirt:intrusions=\\"defacement\\""}]}
                ]}}""";

        List<Event> events = FeedRun.events(FeedRun.outcomes(format, text, "e1.json"));

        assertThat(events)
                .extracting(event -> event.classification().type())
                .containsExactly("malware-distribution", "blacklist", "other", "system-compromise");
        assertThat(events.get(0).timeSource()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(events.get(1).timeSource()).as("event date").isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(events.get(2).extra()).containsEntry("malware.hash.md5", "44d88612fea8a8f36de82e1278abb02f");
        assertThat(events.get(3).classification().identifier()).isEqualTo("defacement");
    }

    @Test
    void rejectsBadAttributeValues() {
        String text = """
                {"Event":{"uuid":"e1","date":"2026-11-23","Attribute":[
                {"type":"ip-dst","value":"not-an-ip"},
                {"type":"ip-dst|port","value":"198.51.100.5"},
                {"type":"sha256","value":"abc"},
                {"type":"url","value":["a"]},
                {"type":"domain","value":"x.example.com","first_seen":"soon"}
                ]}}""";

        List<ParseOutcome.Rejected> rejects = FeedRun.rejects(FeedRun.outcomes(format, text, "e1.json"));

        assertThat(rejects)
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("bad-ip", "bad-value", "bad-hash", "bad-value", "bad-timestamp");
    }

    @Test
    void readsABareEventObjectAsTheWrappedOne() {
        String bare = FeedRun.resource(getClass(), "bare-event.json");

        List<FeedRun.Parsed> records = FeedRun.records(format, bare, "bare-event.json");

        assertThat(format.detect(
                        new Sample("bare-event.json", bare.lines().limit(20).toList())))
                .isGreaterThanOrEqualTo(80);
        assertThat(records).extracting(p -> p.record().line()).containsExactly(3L, 4L, 5L, 6L, 7L, 9L, 9L);
        assertThat(FeedRun.events(records.stream().map(FeedRun.Parsed::outcome).toList()))
                .isEqualTo(FeedRun.events(
                        parsed().stream().map(FeedRun.Parsed::outcome).toList()));
    }
}
