package org.sitrep.ingest.feeds.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FramingError;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.testing.FeedRun;

class CsvRecordSourceTest {

    private static final CsvFraming HEADER_ROW = new CsvFraming(CsvFraming.headerWith("a"), List.of(), true);

    private static List<RawRecord> frame(String text, CsvFraming framing) {
        return FeedRun.all(new CsvRecordSource(new StringReader(text), framing));
    }

    @Test
    void keysCellsByLowerCasedHeaderAndKeepsTheRowText() {
        List<RawRecord> records = frame("A,B\n1,\"x, y\"\n", HEADER_ROW);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.line()).isEqualTo(2);
            assertThat(record.text()).isEqualTo("1,\"x, y\"");
            assertThat(record.fields()).containsExactly(Map.entry("a", "1"), Map.entry("b", "x, y"));
        });
    }

    @Test
    void takesQuotedFieldAcrossLinesAsOneRecordStartingAtItsFirstLine() {
        List<RawRecord> records = frame("a,b\n1,\"two\nlines\"\n2,z\n", HEADER_ROW);

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(records.get(0).fields()).containsEntry("b", "two\nlines");
    }

    @Test
    void findsHeaderInCommentAndSkipsOtherComments() {
        List<RawRecord> records = frame("# feed\n# \"a\", \"b\"\n\"1\", \"2\"\n# end\n", HEADER_ROW);

        assertThat(records)
                .singleElement()
                .satisfies(record ->
                        assertThat(record.fields()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2")));
    }

    @Test
    void usesDefaultHeaderWhenNoneCameBeforeData() {
        CsvFraming framing = new CsvFraming(CsvFraming.headerWith("a"), List.of("a", "b"), true);

        List<RawRecord> records = frame("1,2\n", framing);

        assertThat(records.get(0).fields()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void reportsFramingErrorsAsRecordsAndGoesOn() {
        List<RawRecord> records = frame("a,b\n1,2,3\n\"x\"y,1\n4,5\n", HEADER_ROW);

        assertThat(records)
                .extracting(record -> record.framing().map(FramingError::detail).isPresent())
                .containsExactly(true, true, false);
        assertThat(records.get(2).fields()).containsEntry("a", "4");
    }

    @Test
    void reportsMissingHeaderWhenNoDefault() {
        List<RawRecord> records = frame("1,2\n", HEADER_ROW);

        assertThat(records.get(0).framing().map(FramingError::detail))
                .contains("no header row before the first data row");
    }

    @Test
    void unclosedQuoteEndsInOneFramingErrorWithoutSwallowingMemory() {
        String text = "a,b\n1,\"open\n" + "line\n".repeat(2000);

        List<RawRecord> records = frame(text, HEADER_ROW);

        assertThat(records.get(0).line()).isEqualTo(2);
        assertThat(records.get(0).framing().map(FramingError::detail)).contains("quoted field not closed");
        assertThat(records)
                .allSatisfy(record -> assertThat(record.text().length()).isLessThan(100_000));
    }

    @Test
    void readsBackslashEscapedQuotesWhereTheFeedWritesThemAndKeepsTheRowAsWritten() {
        CsvFraming shadowserver = new CsvFraming(CsvFraming.headerWith("a"), List.of(), false, true);

        List<RawRecord> records =
                frame("a,b\n1,\"Basic realm=\\\"x\\\"\"\n2,\"C:\\\"\n3,\"say \"\"hi\"\"\"\n", shadowserver);

        assertThat(records)
                .extracting(record -> record.fields().get("b"))
                .containsExactly("Basic realm=\"x\"", "C:\\", "say \"hi\"");
        assertThat(records.get(0).text()).isEqualTo("1,\"Basic realm=\\\"x\\\"\"");
        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void backslashBeforeAQuoteIsTextWhereTheFeedDoesNotEscape() {
        List<RawRecord> records = frame("a,b\n1,\"C:\\\"\n", HEADER_ROW);

        assertThat(records)
                .singleElement()
                .satisfies(record -> assertThat(record.fields()).containsEntry("b", "C:\\"));
    }

    @Test
    void namesTheRealLineOfABrokenRowAndGoesOnWithTheNext() {
        List<RawRecord> records = frame("a,b\n1,2\n3,4\n5,\"x\"y\n6,7\n", HEADER_ROW);

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(records.get(2).framing().map(FramingError::detail))
                .get()
                .asString()
                .contains("line 4");
        assertThat(records.get(2).text()).isEqualTo("5,\"x\"y");
        assertThat(records.get(3).fields()).containsExactly(Map.entry("a", "6"), Map.entry("b", "7"));
    }

    @Test
    void numbersLinesEndedByCarriageReturnsAsFastCsvDoes() {
        List<RawRecord> records = frame("a,b\r\n1,\"x\r\ny\"\r2,3\n", HEADER_ROW);

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(records).extracting(RawRecord::text).containsExactly("1,\"x\ny\"", "2,3");
    }
}
