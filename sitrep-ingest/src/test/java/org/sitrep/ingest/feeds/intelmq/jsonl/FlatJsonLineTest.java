package org.sitrep.ingest.feeds.intelmq.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.GarbageLines;
import org.sitrep.ingest.feeds.fields.JsonRecords;
import org.sitrep.ingest.feeds.intelmq.IntelMqEventMapper;
import org.sitrep.ingest.feeds.intelmq.IntelMqFields;

class FlatJsonLineTest {

    private static final String START =
            "{\"time.source\":\"2026-11-23T08:00:00Z\",\"feed.name\":\"f\",\"classification.type\":\"infected-system\"";

    static Stream<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                START + "}",
                START + ",\"source.ip\":\"198.51.100.7\",\"source.port\":443,\"source.asn\":64500}",
                START + ",\"source.port\":443.0,\"feed.accuracy\":99.5,\"destination.asn\":4294967295}",
                START + ",\"source.port\":1e2}",
                START + ",\"extra.n\":1,\"extra.l\":12345678901,\"extra.b\":123456789012345678901234567890}",
                START + ",\"extra.d\":1.5,\"extra.e\":-0.0,\"extra.t\":true,\"extra.f\":false,\"extra.z\":null}",
                START + ",\"extra.a\":\"\",\"extra.b\":\"y\",\"extra.a\":\"z\"}",
                START + ",\"extra.a\":\"x\",\"extra.b\":\"y\",\"extra.a\":\"\"}",
                START + ",\"extra.a\":\" \",\"extra\":\"scalar\",\"extra.\":\"empty key\"}",
                START + ",\"extra\":{\"a\":1},\"extra.b\":2}",
                START + ",\"source.ip\":[\"198.51.100.7\"]}",
                START + ",\"source.ip\":\"198.51.100.7\",\"source.ip\":\"2001:DB8::1\"}",
                START + ",\"classification.type\":\"test\"}",
                START + ",\"tlp\":\"purple\"}",
                START + "} trailing",
                START + "}{}",
                START + ",}",
                START,
                "  " + START + "}\t",
                "\u2003" + START + "}",
                "[" + START + "}]",
                "null",
                "{}",
                "{\"time.source\":null,\"feed.name\":\"f\",\"classification.type\":\"phishing\"}",
                START + ",\"source.fqdn\":\"Example.COM.\",\"destination.geolocation.cc\":\"cn\"}",
                START + ",\"raw\":\"cmF3\",\"event_description.target\":\"银行\",\"malware.name\":\"\\u4e2d\"}"));
        Random random = new Random(29);
        for (int i = 0; i < 300; i++) {
            lines.add(randomFlatLine(random));
        }
        List<String> garbage = GarbageLines.lines(11, 400);
        for (int i = 0; i < garbage.size(); i += 2) {
            lines.add(START + ",\"source.ip\":\"" + garbage.get(i).replace("\"", "") + "\"," + garbage.get(i + 1));
            lines.add(START + ",\"extra.g\":" + garbage.get(i) + "}");
        }
        return lines.stream();
    }

    @Test
    void readsOnlyFlatObjectsFromTheTokens() {
        FlatJsonLine.Fields flat =
                FlatJsonLine.read(START + ",\"source.port\":443,\"extra.a\":\"x\",\"protocol.transport\":\"tcp\"}");

        assertThat(flat).isNotNull();
        assertThat(flat.values()[IntelMqFields.position("source.port")]).isEqualTo(443);
        assertThat(flat.values()[IntelMqFields.position("feed.name")]).isEqualTo("f");
        assertThat(flat.extra()).containsExactly(Map.entry("a", "x"), Map.entry("protocol.transport", "tcp"));
        assertThat(FlatJsonLine.read(START + ",\"not.harmonized\":\"x\"}").extra())
                .isEmpty();
        assertThat(FlatJsonLine.read(START + ",\"extra\":{\"a\":1}}")).isNull();
        assertThat(FlatJsonLine.read(START + "} trailing")).isNull();
        assertThat(FlatJsonLine.read(START + ",")).isNull();
        assertThat(FlatJsonLine.read("[]")).isNull();
    }

    private static final String[] NAMES = {
        "source.ip",
        "source.port",
        "destination.asn",
        "feed.accuracy",
        "tlp",
        "extra.a",
        "extra.b",
        "extra",
        "protocol.transport",
        "source\\u002eip",
        "extra\\u002ec",
        "raw",
        "feed.name"
    };
    private static final String[] VALUES = {
        "\"198.51.100.7\"",
        "\"x\\\"y\"",
        "\"a\\\\b\\/c\\n\\t\\u4e2D\\ud83d\\ude00\"",
        "\"\\u00zz\"",
        "\"\\q\"",
        "\"tab\there\"",
        "\"\"",
        "\" \"",
        "\"中文\"",
        "0",
        "-0",
        "7",
        "-7",
        "007",
        "443",
        "2147483647",
        "2147483648",
        "-2147483649",
        "999999999999999999",
        "1000000000000000000",
        "12345678901234567890",
        "1.5",
        "1e3",
        "-",
        "1-",
        "true",
        "false",
        "null",
        "tru",
        "nul",
        "True",
        "[]",
        "{}",
        "\"unterminated"
    };
    private static final String[] GAPS = {"", "", " ", "\t", "\r\n", "\u2003"};

    /** A line of IntelMQ's shape from seeded pieces, valid JSON or nearly so. */
    private static String randomFlatLine(Random random) {
        StringBuilder line = new StringBuilder(START);
        int members = random.nextInt(5);
        for (int i = 0; i < members; i++) {
            String gap = GAPS[random.nextInt(GAPS.length)];
            line.append(',')
                    .append(gap)
                    .append('"')
                    .append(NAMES[random.nextInt(NAMES.length)])
                    .append('"')
                    .append(gap)
                    .append(':')
                    .append(VALUES[random.nextInt(VALUES.length)])
                    .append(GAPS[random.nextInt(GAPS.length)]);
        }
        return line.append(random.nextInt(20) == 0 ? "" : "}").toString();
    }

    /** A line read from its tokens gives what the line read as a map gives: outcome, extra's order and types. */
    @ParameterizedTest
    @MethodSource("lines")
    void agreesWithReadingTheLineAsAMap(String line) {
        RawRecord record = RawRecord.ofText(3, line);
        ParseOutcome expected;
        try {
            expected = new IntelMqEventMapper().map(JsonRecords.object(record), line);
        } catch (BadField bad) {
            expected = bad.toRejected();
        }

        ParseOutcome actual = new IntelMqJsonlParser().parse(record);

        assertThat(actual).isEqualTo(expected);
        if (expected instanceof ParseOutcome.Events events) {
            assertThat(describe(((ParseOutcome.Events) actual).events().getFirst()))
                    .isEqualTo(describe(events.events().getFirst()));
        }
    }

    private static List<String> describe(Event event) {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, Object> entry : event.extra().entrySet()) {
            entries.add(entry.getKey() + "=" + entry.getValue() + ":"
                    + entry.getValue().getClass().getSimpleName());
        }
        return entries;
    }
}
