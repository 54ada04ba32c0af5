package org.sitrep.ingest.feeds.misp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.core.parse.Sample;

class MispHashesFormatTest {

    // The md5 of "198.51.100.23" and of "bad.example.net", as a MISP feed generator writes them.
    private static final String HASHES = "4d06b9696e68b39ac9dbfed762191467,a06f2715-9586-41b8-b242-931e9a152871\n"
            + "e6a57af4bd2d599cb7195399d1b94dff,a06f2715-9586-41b8-b242-931e9a152871\n"
            + "not-a-hash,a06f2715\n";

    private final MispHashesFormat format = new MispHashesFormat();

    @Test
    void recognisesAFeedsHashIndexMostSurelyByItsName() {
        List<String> lines = HASHES.lines().toList();
        assertThat(format.detect(new Sample("hashes.csv", lines))).isEqualTo(95);
        assertThat(format.detect(new Sample("index.csv", lines))).isEqualTo(70);
        assertThat(format.detect(new Sample("hashes.csv", List.of("id,dateadded,url"))))
                .isZero();
    }

    @Test
    void skipsEachHashNamingItsEventAndRejectsAnythingElse() throws Exception {
        List<ParseOutcome> outcomes = new ArrayList<>();
        RecordParser parser = format.parser(new FormatContext("hashes.csv", null));
        try (RecordSource source = format.open(new StringReader(HASHES))) {
            source.forEachRemaining(record -> outcomes.add(parser.parse(record)));
        }
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0))
                .isEqualTo(new ParseOutcome.Skipped("MISP correlation hash of an attribute of event"
                        + " a06f2715-9586-41b8-b242-931e9a152871; the event itself is read from"
                        + " a06f2715-9586-41b8-b242-931e9a152871.json"));
        assertThat(outcomes.get(2))
                .isInstanceOfSatisfying(
                        ParseOutcome.Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo("bad-line"));
    }
}
