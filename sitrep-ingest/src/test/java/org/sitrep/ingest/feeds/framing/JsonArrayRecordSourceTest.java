package org.sitrep.ingest.feeds.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FramingError;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.testing.FeedRun;

class JsonArrayRecordSourceTest {

    private static List<RawRecord> frame(String text, String field) {
        return FeedRun.all(new JsonArrayRecordSource(new StringReader(text), field));
    }

    @Test
    void streamsEntriesOfTheNamedArrayWithEnvelopeScalarsAndLines() {
        List<RawRecord> records =
                frame("{\"query_status\":\"ok\",\"skip\":{\"a\":[1]},\n\"urls\":[\n{\"a\":1},\n{\"a\":2}]}", "urls");

        assertThat(records).extracting(RawRecord::line).containsExactly(3L, 4L);
        assertThat(records).extracting(RawRecord::text).containsExactly("{\"a\":1}", "{\"a\":2}");
        assertThat(records.get(0).fields()).containsOnlyKeys("query_status").containsValue("ok");
    }

    @Test
    void refusesARecordListThatIsNotAnArrayInsteadOfReadingNothing() {
        List<RawRecord> records = frame("{\"type\":\"bundle\",\n\"objects\":{\"x\":1}}", "objects");

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.line()).isEqualTo(2);
            assertThat(record.framing().map(FramingError::detail))
                    .get()
                    .asString()
                    .contains("expected \"objects\" to be an array");
        });
        assertThat(frame("{\"type\":\"bundle\",\"objects\":null}", "objects")).isEmpty();
        assertThat(frame("{\"type\":\"bundle\"}", "objects")).isEmpty();
    }

    @Test
    void readsTopLevelArrays() {
        assertThat(frame("[1,\"x\",{}]", null)).extracting(RawRecord::text).containsExactly("1", "\"x\"", "{}");
    }

    @Test
    void endsBrokenJsonWithOneFramingError() {
        List<RawRecord> records = frame("[{\"a\":1},{\"a\":", null);

        assertThat(records).hasSize(2);
        assertThat(records.get(1).framing().map(FramingError::detail))
                .get()
                .asString()
                .startsWith("unreadable JSON");
    }

    @Test
    void stopsTooDeepNestingAsFramingError() {
        String deep = "[" + "[".repeat(1000) + "]".repeat(1000) + "]";

        List<RawRecord> records = frame(deep, null);

        assertThat(records)
                .singleElement()
                .satisfies(record ->
                        assertThat(record.framing().map(FramingError::detail)).isPresent());
    }
}
