package org.sitrep.ingest.feeds.phishtank;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/** PhishTank {@code online-valid.csv} → {@code phishing} events; unverified or offline entries are skipped. */
public final class PhishtankCsvFormat extends CsvFeed {

    private static final CsvFraming FRAMING =
            new CsvFraming(cells -> cells.contains("phish_id") && cells.contains("url"), List.of(), false);

    public PhishtankCsvFormat() {
        super(
                "phishtank-csv",
                "PhishTank online-valid.csv → phishing events (target → event_description.target)",
                FRAMING,
                PhishtankCsvFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String first = sample.firstContentLine().toLowerCase(Locale.ROOT);
        return first.startsWith("phish_id,") || (first.contains("phish_id") && first.contains("phish_detail_url"))
                ? 95
                : 0;
    }

    private static RowMapper mapper(FormatContext context) {
        PhishtankMapper mapper = new PhishtankMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> mapper.map(PhishtankEntry.fromCells(row), raw, observed);
    }
}
