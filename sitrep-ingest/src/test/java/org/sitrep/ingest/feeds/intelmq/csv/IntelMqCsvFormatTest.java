package org.sitrep.ingest.feeds.intelmq.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.Event;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.GarbageLines;
import org.sitrep.ingest.feeds.testing.FeedRun;

class IntelMqCsvFormatTest {

    private final IntelMqCsvFormat format = new IntelMqCsvFormat();

    private List<RawRecord> records(String fixture) throws Exception {
        return FeedRun.all(
                format.open(new InputStreamReader(getClass().getResourceAsStream(fixture), StandardCharsets.UTF_8)));
    }

    @Test
    void readsQuotedNewlinesAndCrlfRowsWithTheirStartingLines() throws Exception {
        List<RawRecord> records = records("quoted-newline-crlf.csv");
        RecordParser parser = format.parser(new FormatContext("quoted-newline-crlf.csv", null));

        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L);
        Event defacement =
                ((ParseOutcome.Events) parser.parse(records.get(0))).events().getFirst();
        Event phishing =
                ((ParseOutcome.Events) parser.parse(records.get(1))).events().getFirst();
        assertThat(defacement.extra()).containsEntry("comment", "hacked by \"x\",\r\nsecond line");
        assertThat(defacement.source().url()).isEqualTo("http://www.example.gov.cn/index.html");
        assertThat(phishing.eventDescriptionTarget()).isEqualTo("Example Bank");
        assertThat(phishing.extra()).isEmpty();
    }

    @Test
    void keepsHarmonizationColumnsWithoutAColumnOfTheirOwnAndFallsBackToTheObservationTime() throws Exception {
        List<RawRecord> records = records("harmonization-fields.csv");
        RecordParser parser = format.parser(new FormatContext("harmonization-fields.csv", null));

        Event event = ((ParseOutcome.Events) parser.parse(records.getFirst()))
                .events()
                .getFirst();

        assertThat(event.timeSource()).isEqualTo(java.time.Instant.parse("2026-11-24T03:15:00Z"));
        assertThat(event.extra())
                .containsEntry("time_source_fallback", "time.observation")
                .containsEntry("protocol.application", "http")
                .containsEntry("protocol.transport", "tcp")
                .containsEntry("source.reverse_dns", "host.example.net")
                .containsEntry("status", "online")
                .containsEntry("screenshot_url", "https://screens.example.org/1.png")
                .containsEntry("brand", "Example Bank");
    }

    @Test
    void rejectsRowsWhoseCellCountDiffersFromTheHeader() throws Exception {
        List<RawRecord> records = records("wrong-cell-count.csv");
        RecordParser parser = format.parser(new FormatContext("wrong-cell-count.csv", null));

        assertThat(records).hasSize(2);
        assertThat(records)
                .allSatisfy(record -> assertThat(parser.parse(record)).isInstanceOf(ParseOutcome.Rejected.class));
        assertThat(((ParseOutcome.Rejected) parser.parse(records.get(0))).detail())
                .isEqualTo("row has 5 cells, the header 4");
    }

    @Test
    void detectsTheDottedHeader() {
        assertThat(format.detect(new Sample("x.csv", List.of("time.source,feed.name,classification.type"))))
                .isEqualTo(90);
        assertThat(format.detect(new Sample("x.csv", List.of("id,dateadded,url,url_status"))))
                .isZero();
    }

    @Test
    void garbageRowsAreRejectedOrReadNeverThrown() throws Exception {
        StringBuilder csv = new StringBuilder("time.source,feed.name,classification.type,source.ip\n");
        List<String> garbage = GarbageLines.lines(42, 300);
        for (int i = 0; i < garbage.size(); i += 3) {
            csv.append(garbage.get(i).replace("\"", ""))
                    .append(',')
                    .append(garbage.get(i + 1).replace("\"", ""))
                    .append(",infected-system,")
                    .append(garbage.get(i + 2).replace("\"", ""))
                    .append('\n');
        }
        RecordParser parser = format.parser(new FormatContext("garbage.csv", null));
        List<ParseOutcome> outcomes = new ArrayList<>();
        try (RecordSource source = format.open(new StringReader(csv.toString()))) {
            source.forEachRemaining(record -> outcomes.add(parser.parse(record)));
        }

        assertThat(outcomes)
                .isNotEmpty()
                .allSatisfy(outcome ->
                        assertThat(outcome).isInstanceOfAny(ParseOutcome.Rejected.class, ParseOutcome.Events.class));
    }
}
