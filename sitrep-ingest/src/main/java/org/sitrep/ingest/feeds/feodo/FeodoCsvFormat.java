package org.sitrep.ingest.feeds.feodo;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;
import org.sitrep.ingest.feeds.framing.CsvFraming;

/** abuse.ch Feodo Tracker {@code ipblocklist.csv} (header in a {@code #} comment) → {@code c2-server} events. */
public final class FeodoCsvFormat implements CsvFeed {

    private static final CsvFraming FRAMING = new CsvFraming(
            cells -> cells.contains("dst_ip") || cells.contains("dstip"),
            List.of("first_seen_utc", "dst_ip", "dst_port", "c2_status", "last_online", "malware"),
            true);

    @Override
    public String name() {
        return "feodo-csv";
    }

    @Override
    public String description() {
        return "abuse.ch Feodo Tracker IP blocklist CSV → c2-server events (malware.name lower-cased)";
    }

    @Override
    public int detect(Sample sample) {
        int score = 0;
        for (String line : sample.firstLines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("first_seen_utc") && lower.contains("dst_ip")) {
                return 95;
            }
            if (lower.startsWith("#") && lower.contains("feodo")) {
                score = 80;
            }
        }
        return score;
    }

    @Override
    public CsvFraming framing() {
        return FRAMING;
    }

    @Override
    public RowMapper mapper(FormatContext context) {
        FeodoMapper mapper = new FeodoMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> ParseOutcome.of(mapper.map(FeodoEntry.fromCells(row), raw, observed));
    }
}
