package org.sitrep.ingest.feeds.framing;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.parse.FramingError;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.testing.FeedRun;

class NamedCsvRecordSourceTest {

    private static List<RawRecord> frame(String text) {
        return FeedRun.all(new NamedCsvRecordSource(new StringReader(text)));
    }

    @Test
    void keysCellsByStrippedHeaderNameAndKeepsTheRowAsCsvText() {
        List<RawRecord> records = frame(" a ,b,c\r\n1,\"x, \"\"y\"\"\",\n");

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.line()).isEqualTo(2);
            assertThat(record.text()).isEqualTo("1,\"x, \"\"y\"\"\",");
            assertThat(record.fields())
                    .containsExactly(Map.entry("a", "1"), Map.entry("b", "x, \"y\""), Map.entry("c", ""));
            assertThat(record.fields()).doesNotContainKey(" a ").containsKey("c");
        });
    }

    @Test
    void readsCellsByPositionWithTheSharedHeader() {
        List<RawRecord> records = frame("a,b\n1,\n3,4\n");

        CsvRow first = (CsvRow) records.get(0).fields();
        CsvRow second = (CsvRow) records.get(1).fields();
        assertThat(first.header()).isSameAs(second.header());
        assertThat(first.header().column("b")).isEqualTo(1);
        assertThat(first.header().column("z")).isEqualTo(-1);
        assertThat(first.isCellEmpty(1)).isTrue();
        assertThat(second.cell(0)).isEqualTo("3");
        assertThat(second.cell(1)).isEqualTo("4");
    }

    @Test
    void namesStrippedToOneTakeTheLaterCellAtTheFirstPlace() {
        List<RawRecord> records = frame("a,b, a\n1,2,3\n");

        assertThat(records.getFirst().fields()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
    }

    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    /** The fields and lines FastCSV's named records give, and their cells written as CSV for the text. */
    @ParameterizedTest
    @MethodSource("seeds")
    void framesRandomCsvAsFastCsvNamedRecordsDo(long seed) {
        String text = randomCsv(new Random(seed));

        List<String> expected = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofNamedCsvRecord(new StringReader(text))) {
            for (NamedCsvRecord row : reader) {
                expected.add(describe(row));
            }
        } catch (RuntimeException | IOException e) {
            expected.add("failed: " + e);
        }
        List<String> actual = new ArrayList<>();
        try (NamedCsvRecordSource source = new NamedCsvRecordSource(new StringReader(text))) {
            source.forEachRemaining(record -> actual.add(describe(record)));
        } catch (RuntimeException | IOException e) {
            actual.add("failed: " + e);
        }

        assertThat(actual).as(text).isEqualTo(expected);
    }

    @Test
    void keepsAPlainRowAsWritten() {
        assertThat(frame("time.source,feed.name\n2026-11-20T10:00:00Z,feed one\n"))
                .singleElement()
                .extracting(RawRecord::text)
                .isEqualTo("2026-11-20T10:00:00Z,feed one");
    }

    /** The cells as RFC 4180 CSV: what the raw text of a row reads back to. */
    private static String csv(List<String> cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            written.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        return String.join(",", written);
    }

    private static String describe(NamedCsvRecord row) {
        List<String> header = row.getHeader();
        String text = csv(row.getFields());
        if (row.getFieldCount() != header.size()) {
            return row.getStartingLineNumber() + " " + text + " row has " + row.getFieldCount() + " cells, the header "
                    + header.size();
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i).strip(), row.getField(i));
        }
        return row.getStartingLineNumber() + " " + text + " " + cells;
    }

    private static String describe(RawRecord record) {
        String error = record.framing().map(FramingError::detail).orElse(null);
        String fields = error != null ? error : new LinkedHashMap<>(record.fields()).toString();
        return record.line() + " " + record.text() + " " + fields;
    }

    private static final String[] PIECES = {"a", "b", " a", "x y", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", "中文"
    };

    private static String randomCsv(Random random) {
        StringBuilder text = new StringBuilder();
        int columns = 1 + random.nextInt(4);
        for (int i = 0; i < columns; i++) {
            text.append(i == 0 ? "" : ",").append(random.nextInt(3) == 0 ? " c" + random.nextInt(3) : "c" + i);
        }
        text.append(random.nextBoolean() ? "\n" : "\r\n");
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
