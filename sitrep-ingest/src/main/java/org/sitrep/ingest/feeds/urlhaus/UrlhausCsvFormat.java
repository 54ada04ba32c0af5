package org.sitrep.ingest.feeds.urlhaus;

import java.time.Instant;
import java.util.List;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/**
 * abuse.ch URLhaus CSV dumps ({@code csv_recent}, {@code csv_online}; header in a {@code #} comment), the
 * per-country, per-ASN and per-TLD feeds ({@code # Dateadded (UTC),URL,URL_status,Threat,Host,IPaddress,ASnumber,
 * Country}) and the older per-country CSV (the same header without {@code #} and {@code (UTC)}) →
 * {@code malware-distribution} events.
 */
public final class UrlhausCsvFormat extends CsvFeed {

    private static final List<String> DUMP_HEADER = List.of(
            "id", "dateadded", "url", "url_status", "last_online", "threat", "tags", "urlhaus_link", "reporter");
    private static final CsvFraming FRAMING = new CsvFraming(
            cells -> (cells.contains("dateadded") || cells.contains(UrlhausEntry.DATE_ADDED_UTC))
                    && cells.contains("url")
                    && cells.contains("url_status"),
            DUMP_HEADER,
            true);

    public UrlhausCsvFormat() {
        super(
                "urlhaus-csv",
                "abuse.ch URLhaus CSV dump → malware-distribution events (source.url/fqdn/ip, tags and threat in extra)",
                FRAMING,
                UrlhausCsvFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return headerOrComment(sample, "urlhaus", "dateadded", "url_status");
    }

    private static RowMapper mapper(FormatContext context) {
        UrlhausMapper mapper = new UrlhausMapper();
        Instant observed = context.clock().instant();
        return (row, raw) -> ParseOutcome.of(mapper.map(UrlhausEntry.fromCells(row), raw, observed));
    }
}
