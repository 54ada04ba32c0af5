package org.sitrep.ingest.feeds.threatfox;

import java.time.Instant;
import java.util.List;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/**
 * abuse.ch ThreatFox CSV export: header inside a {@code #} comment, {@code ", "} separators, literal {@code None}
 * for empty, {@code is_compromised} only in newer files (columns are mapped by name) → {@code c2-server},
 * {@code malware-distribution} or {@code other} events.
 */
public final class ThreatfoxCsvFormat extends CsvFeed {

    private static final CsvFraming FRAMING = new CsvFraming(
            cells -> cells.contains("ioc_value") && cells.contains("ioc_type"),
            List.of(
                    "first_seen_utc",
                    "ioc_id",
                    "ioc_value",
                    "ioc_type",
                    "threat_type",
                    "fk_malware",
                    "malware_alias",
                    "malware_printable",
                    "last_seen_utc",
                    "confidence_level",
                    "reference",
                    "tags",
                    "anonymous",
                    "reporter"),
            true);

    public ThreatfoxCsvFormat() {
        super(
                "threatfox-csv",
                "abuse.ch ThreatFox CSV export → c2-server / malware-distribution / other events by threat_type",
                FRAMING,
                ThreatfoxCsvFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return headerOrComment(sample, "threatfox", "ioc_value", "threat_type");
    }

    private static RowMapper mapper(FormatContext context) {
        ThreatfoxMapper mapper = new ThreatfoxMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> mapper.map(ThreatfoxEntry.fromCells(row), raw, observed);
    }
}
