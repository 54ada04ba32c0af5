package org.sitrep.ingest.feeds.intelmq.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.ingest.feeds.GarbageLines;
import org.sitrep.ingest.feeds.framing.CsvRow;
import org.sitrep.ingest.feeds.testing.FeedRun;

class IntelMqCsvParserTest {

    private static final String HEADER = "time.source,feed.name,classification.type,source.ip,source.port,"
            + "destination.fqdn,destination.geolocation.cc, tlp ,extra.b,extra.a,raw";

    private static List<RawRecord> records(String csv) throws IOException {
        return FeedRun.all(new IntelMqCsvFormat().open(new StringReader(csv)));
    }

    @Test
    void readsColumnsByPositionWithTheHeadersNames() throws IOException {
        List<RawRecord> records = records(
                HEADER + "\n" + "2026-11-23T08:00:00Z,f,Phishing,198.51.100.7,80,Bank.Example.COM.,cn,amber,2,,\n");

        ParseOutcome.Events outcome = (ParseOutcome.Events) new IntelMqCsvParser().parse(records.getFirst());

        var event = outcome.events().getFirst();
        assertThat(event.classification().type()).isEqualTo("phishing");
        assertThat(event.source().ip()).isEqualTo("198.51.100.7");
        assertThat(event.source().port()).isEqualTo(80);
        assertThat(event.destination().fqdn()).isEqualTo("bank.example.com");
        assertThat(event.destination().cc()).isEqualTo("CN");
        assertThat(event.tlp()).hasToString("AMBER");
        assertThat(event.extra()).containsExactly(java.util.Map.entry("b", "2"));
        assertThat(event.raw())
                .isEqualTo("2026-11-23T08:00:00Z,f,Phishing,198.51.100.7,80,Bank.Example.COM.,cn,amber,2,,");
    }

    /** The positional reading gives what the mapper gives for the same cells as a plain map, garbage included. */
    @Test
    void readingByPositionAgreesWithReadingByName() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        List<String> garbage = GarbageLines.lines(7, 600);
        for (int i = 0; i < garbage.size(); i += 6) {
            csv.append(
                            i % 12 == 0
                                    ? "2026-11-23T08:00:00Z"
                                    : garbage.get(i).replace("\"", "").replace(",", ""))
                    .append(",f,infected-system,")
                    .append(
                            i % 18 == 0
                                    ? "2001:DB8::1"
                                    : garbage.get(i + 1).replace("\"", "").replace(",", ""))
                    .append(',')
                    .append(
                            i % 24 == 0
                                    ? "443"
                                    : garbage.get(i + 2).replace("\"", "").replace(",", ""))
                    .append(",example.org,")
                    .append(garbage.get(i + 3).replace("\"", "").replace(",", ""))
                    .append(",green,x,")
                    .append(garbage.get(i + 4).replace("\"", "").replace(",", ""))
                    .append(',')
                    .append(i % 5 == 0 ? garbage.get(i + 5).replace("\"", "").replace(",", "") : "")
                    .append('\n');
        }
        IntelMqCsvParser parser = new IntelMqCsvParser();
        int rows = 0;
        for (RawRecord record : records(csv.toString())) {
            assertThat(record.fields()).isInstanceOf(CsvRow.class);
            RawRecord asMap = new RawRecord(record.line(), record.text(), new LinkedHashMap<>(record.fields()));
            assertThat(parser.parse(record)).as(record.text()).isEqualTo(parser.parse(asMap));
            rows++;
        }
        assertThat(rows).isEqualTo(100);
    }
}
