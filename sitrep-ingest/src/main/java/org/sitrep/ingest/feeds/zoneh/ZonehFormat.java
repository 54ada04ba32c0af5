package org.sitrep.ingest.feeds.zoneh;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/**
 * The Zone-H defacement CSV shared with national CERTs ({@code add_date, accept_date, attacker, domain,
 * ip_address, …, defacement_id, country_code, country}) → {@code system-compromise}/{@code defacement} events.
 */
public final class ZonehFormat extends CsvFeed {

    private static final CsvFraming FRAMING =
            new CsvFraming(cells -> cells.contains("add_date") && cells.contains("domain"), List.of(), false);

    public ZonehFormat() {
        super(
                "zone-h-csv",
                "Zone-H defacement CSV → system-compromise events with identifier defacement",
                FRAMING,
                ZonehFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        String first = sample.firstContentLine().toLowerCase(Locale.ROOT);
        if (!first.contains("add_date") || !first.contains("domain")) {
            return 0;
        }
        return first.contains("defacement_id") || first.contains("hackmode") ? 95 : 70;
    }

    private static RowMapper mapper(FormatContext context) {
        ZonehMapper mapper = new ZonehMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> ParseOutcome.of(mapper.map(row.cells(), raw, observed));
    }
}
