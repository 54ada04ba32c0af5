package org.sitrep.ingest.feeds.intelmq.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Tlp;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.GarbageLines;

class IntelMqJsonlParserTest {

    private final IntelMqJsonlFormat format = new IntelMqJsonlFormat();
    private final RecordParser parser = format.parser(new FormatContext("events.jsonl", null));

    private ParseOutcome parse(String line) {
        return parser.parse(RawRecord.ofText(7, line));
    }

    private Event parseEvent(String line) {
        ParseOutcome outcome = parse(line);
        assertThat(outcome).isInstanceOf(ParseOutcome.Events.class);
        return ((ParseOutcome.Events) outcome).events().getFirst();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = IntelMqJsonlParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheIntelMqHarmonizationFields() throws IOException {
        String line = fixture("sinkhole-event.jsonl").strip();

        Event event = parseEvent(line);

        assertThat(event.timeSource()).isEqualTo(Instant.parse("2026-11-23T00:00:07Z"));
        assertThat(event.timeObservation()).isEqualTo(Instant.parse("2026-11-23T02:10:00Z"));
        assertThat(event.feed().name()).isEqualTo("shadowserver-event4-sinkhole-http");
        assertThat(event.feed().provider()).isEqualTo("Shadowserver");
        assertThat(event.classification().taxonomy()).isEqualTo("malicious-code");
        assertThat(event.classification().type()).isEqualTo("infected-system");
        assertThat(event.classification().identifier()).isEqualTo("andromeda");
        assertThat(event.source().ip()).isEqualTo("198.51.100.23");
        assertThat(event.source().port()).isEqualTo(51234);
        assertThat(event.source().asn()).isEqualTo(64500L);
        assertThat(event.source().cc()).isEqualTo("CN");
        assertThat(event.source().region()).isEqualTo("GUANGDONG");
        assertThat(event.destination().ip()).isEqualTo("203.0.113.80");
        assertThat(event.destination().fqdn()).isEqualTo("c2.example.net");
        assertThat(event.malwareName()).isEqualTo("andromeda");
        assertThat(event.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(event.extra()).containsEntry("naics", 517311).containsEntry("registrar_country", "US");
        assertThat(event.raw()).isEqualTo("IjIwMjYtMTEtMjMgMDA6MDA6MDciLCJ0Y3AiLCIxOTguNTEuMTAwLjIzIiw1MTIzNA==");
    }

    @Test
    void keepsTheLineAsRawWhenTheEventHasNone() {
        String line =
                "{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"phishing\"}";

        assertThat(parseEvent(line).raw()).isEqualTo(line);
    }

    @Test
    void readsAnIpv6SourceInCanonicalForm() {
        Event event = parseEvent("{\"time.source\":\"2026-11-23T00:00:00+08:00\",\"feed.name\":\"f\","
                + "\"classification.type\":\"infected-system\",\"source.ip\":\"2001:DB8:0:0:0:0:0:23\"}");

        assertThat(event.source().ip()).isEqualTo("2001:db8::23");
        assertThat(event.timeSource()).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
    }

    @Test
    void rejectsBadTimestampNamingTheField() {
        ParseOutcome outcome = parse(
                "{\"time.source\":\"23/11/2026 00:00\",\"feed.name\":\"f\",\"classification.type\":\"phishing\"}");

        assertThat(outcome)
                .isEqualTo(new ParseOutcome.Rejected(
                        "time.source", "bad-timestamp", "time.source is not an ISO-8601 timestamp: 23/11/2026 00:00"));
    }

    @Test
    void rejectsMissingClassificationType() {
        ParseOutcome outcome = parse("{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.name\":\"f\"}");

        assertThat(outcome)
                .isEqualTo(new ParseOutcome.Rejected(
                        "classification.type", "missing-field", "classification.type is required"));
    }

    @Test
    void rejectsALineThatIsNotJson() {
        ParseOutcome outcome = parse("this is not json");

        assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
        assertThat(((ParseOutcome.Rejected) outcome).code()).isEqualTo("bad-json");
        assertThat(((ParseOutcome.Rejected) outcome).field()).isNull();
    }

    @Test
    void rejectsTruncatedJson() {
        ParseOutcome outcome = parse("{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.na");

        assertThat(((ParseOutcome.Rejected) outcome).code()).isEqualTo("bad-json");
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        String start =
                "{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"phishing\",";

        assertThat(field(parse(start + "\"source.ip\":\"198.51.100.300\"}"))).isEqualTo("source.ip/bad-ip");
        assertThat(field(parse(start + "\"source.geolocation.cc\":\"CHN\"}")))
                .isEqualTo("source.geolocation.cc/bad-country");
        assertThat(field(parse(start + "\"source.port\":70000}"))).isEqualTo("source.port/bad-number");
        assertThat(field(parse(start + "\"destination.asn\":\"AS64500\"}"))).isEqualTo("destination.asn/bad-number");
        assertThat(field(parse(start + "\"source.fqdn\":{\"x\":1}}"))).isEqualTo("source.fqdn/wrong-type");
        assertThat(field(parse(start + "\"tlp\":\"PURPLE\"}"))).isEqualTo("tlp/bad-value");
    }

    @Test
    void readsLowerCaseCountryAndNestedExtraObject() {
        Event event = parseEvent("{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.name\":\"f\","
                + "\"classification.type\":\"phishing\",\"source.geolocation.cc\":\"cn\","
                + "\"extra\":{\"target_sector\":\"bank\"},\"protocol.transport\":\"tcp\"}");

        assertThat(event.source().cc()).isEqualTo("CN");
        assertThat(event.extra())
                .as("a harmonization field without a column is kept by its name")
                .containsOnlyKeys("target_sector", "protocol.transport")
                .containsEntry("protocol.transport", "tcp");
    }

    @Test
    void skipsTestEvents() {
        ParseOutcome outcome = parse(
                "{\"time.source\":\"2026-11-23T00:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"test\"}");

        assertThat(outcome).isInstanceOf(ParseOutcome.Skipped.class);
    }

    @Test
    void detectsIntelMqLinesByTheirKeys() throws IOException {
        Sample intelmq =
                new Sample("feed.txt", List.of(fixture("sinkhole-event.jsonl").strip()));
        Sample other = new Sample("feed.jsonl", List.of("{\"id\":\"CVE-2026-1\",\"published\":\"2026-11-23\"}"));

        assertThat(format.detect(intelmq)).isEqualTo(90);
        assertThat(format.detect(other)).isZero();
    }

    static List<String> garbage() {
        return GarbageLines.lines(20261129, 300);
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageIsRejectedNeverThrown(String line) {
        assertThat(parse(line)).isInstanceOfAny(ParseOutcome.Rejected.class, ParseOutcome.Events.class);
    }

    private static String field(ParseOutcome outcome) {
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
        return rejected.field() + "/" + rejected.code();
    }
}
