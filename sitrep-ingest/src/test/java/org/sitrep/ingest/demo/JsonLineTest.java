package org.sitrep.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndKeepsChineseAsItIs() throws IOException {
        StringWriter out = new StringWriter();
        new JsonLine().begin().text("title", "仿冒\"银行\"\\\n\t").writeTo(out);

        assertThat(out).hasToString("{\"title\":\"仿冒\\\"银行\\\"\\\\\\u000a\\u0009\"}\n");
    }

    @Test
    void leavesOutUnknownFieldsAndWritesNumbersArraysAndObjects() throws IOException {
        StringWriter out = new StringWriter();
        new JsonLine()
                .begin()
                .text("a", null)
                .number("port", 8080)
                .tenths("cvss.score", 98)
                .bool("remote", true)
                .texts("aliases", List.of("CNVD-2024-10001"))
                .openArray("partners")
                .openObject()
                .text("kind", "registrar")
                .closeObject()
                .openObject()
                .closeObject()
                .closeArray()
                .writeTo(out);

        assertThat(out)
                .hasToString("{\"port\":8080,\"cvss.score\":9.8,\"remote\":true,\"aliases\":[\"CNVD-2024-10001\"],"
                        + "\"partners\":[{\"kind\":\"registrar\"},{}]}\n");
    }

    @Test
    void writesTimesAsIntelMqDoes() {
        // 2024-11-03T16:30:00Z is 1730651400 seconds after the epoch: Monday 00:30 in Shanghai.
        assertThat(new TimestampText().format(1_730_651_400L)).isEqualTo("2024-11-03T16:30:00+00:00");
        assertThat(new TimestampText("Z").format(1_730_651_400L + 3_661)).isEqualTo("2024-11-03T17:31:01Z");
    }
}
