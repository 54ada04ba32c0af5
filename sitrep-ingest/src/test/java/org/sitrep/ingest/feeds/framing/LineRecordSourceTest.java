package org.sitrep.ingest.feeds.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FramingError;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.testing.FeedRun;

class LineRecordSourceTest {

    private static List<RawRecord> records(String text, int maxLine) throws Exception {
        return FeedRun.all(new LineRecordSource(new StringReader(text), maxLine));
    }

    @Test
    void numbersLinesFromOneSkippingBlankOnesAndEndsOfLine() throws Exception {
        List<RawRecord> records = records("a\r\n\r\n  \nb\nc", 100);

        assertThat(records).extracting(RawRecord::line).containsExactly(1L, 4L, 5L);
        assertThat(records).extracting(RawRecord::text).containsExactly("a", "b", "c");
    }

    @Test
    void readsLinesLongerThanItsBuffer() throws Exception {
        String longLine = "x".repeat(200_000);

        List<RawRecord> records = records(longLine + "\r\nshort\r\n", 300_000);

        assertThat(records).extracting(RawRecord::text).containsExactly(longLine, "short");
    }

    @Test
    void passesOnATooLongLineAsAFramingErrorAndGoesOn() throws Exception {
        List<RawRecord> records = records("ok\n" + "y".repeat(5000) + "\nafter\n", 1000);

        assertThat(records).hasSize(3);
        assertThat(records.get(1).framingError()).isEqualTo(new FramingError("line longer than 1000 characters"));
        assertThat(records.get(1).text()).hasSize(1001);
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(records.get(2).text()).isEqualTo("after");
    }
}
