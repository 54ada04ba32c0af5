package org.sitrep.ingest.feeds.threatfox;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;
import org.sitrep.ingest.feeds.framing.CsvFraming;

/**
 * abuse.ch ThreatFox CSV export: header inside a {@code #} comment, {@code ", "} separators, literal {@code None}
 * for empty, {@code is_compromised} only in newer files (columns are mapped by name) → {@code c2-server},
 * {@code malware-distribution} or {@code other} events.
 */
public final class ThreatfoxCsvFormat implements CsvFeed {

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

    @Override
    public String name() {
        return "threatfox-csv";
    }

    @Override
    public String description() {
        return "abuse.ch ThreatFox CSV export → c2-server / malware-distribution / other events by threat_type";
    }

    @Override
    public int detect(Sample sample) {
        int score = 0;
        for (String line : sample.firstLines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains("ioc_value") && lower.contains("threat_type")) {
                return 95;
            }
            if (lower.startsWith("#") && lower.contains("threatfox")) {
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
        ThreatfoxMapper mapper = new ThreatfoxMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> mapper.map(ThreatfoxEntry.fromCells(row), raw, observed);
    }
}
