package org.sitrep.ingest.feeds.misp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.testing.FeedFormatContract;
import org.sitrep.ingest.feeds.testing.FeedRun;

class MispManifestFormatTest extends FeedFormatContract<MispManifestFormat> {
    MispManifestFormatTest() {
        super(new MispManifestFormat(), "manifest.json", "QakBot C2 and payload URL seen in CN constituency");
    }

    @Override
    @Test
    protected void fixtureParsesWithoutRejects() {
        List<ParseOutcome> outcomes = fixtureOutcomes();

        assertThat(FeedRun.rejects(outcomes)).isEmpty();
        assertThat(FeedRun.events(outcomes)).isEmpty();
        assertThat(FeedRun.skips(outcomes))
                .extracting(ParseOutcome.Skipped::reason)
                .containsExactly("MISP feed manifest lists event a06f2715-9586-41b8-b242-931e9a152871; read "
                        + "a06f2715-9586-41b8-b242-931e9a152871.json with format misp-event");
    }

    @Override
    @Test
    protected void hugeFieldIsRejected() {
        String valid = fixture();
        String huge = valid.replace(valueToInflate(), "x".repeat(1 << 20));

        assertThat(FeedRun.rejects(FeedRun.outcomes(format, huge, fixtureName())))
                .extracting(ParseOutcome.Rejected::code)
                .containsExactly("field-too-long");
    }
}
