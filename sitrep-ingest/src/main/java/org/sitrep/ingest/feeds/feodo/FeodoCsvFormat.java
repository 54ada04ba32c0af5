package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import java.util.List;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/** abuse.ch Feodo Tracker {@code ipblocklist.csv} (header in a {@code #} comment) → {@code c2-server} events. */
public final class FeodoCsvFormat extends CsvFeed {

    private static final CsvFraming FRAMING = new CsvFraming(
            cells -> cells.contains("dst_ip") || cells.contains("dstip"),
            List.of("first_seen_utc", "dst_ip", "dst_port", "c2_status", "last_online", "malware"),
            true);

    public FeodoCsvFormat() {
        super(
                "feodo-csv",
                "abuse.ch Feodo Tracker IP blocklist CSV → c2-server events (malware.name lower-cased)",
                FRAMING,
                FeodoCsvFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return headerOrComment(sample, "feodo", "first_seen_utc", "dst_ip");
    }

    private static RowMapper mapper(FormatContext context) {
        FeodoMapper mapper = new FeodoMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> ParseOutcome.of(mapper.map(FeodoEntry.fromCells(row), raw, observed));
    }
}
