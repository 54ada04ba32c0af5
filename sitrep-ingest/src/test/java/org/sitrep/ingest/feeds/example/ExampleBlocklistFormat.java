package org.sitrep.ingest.feeds.example;

import java.util.List;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.CsvFeed;

/**
 * The worked example of CONTRIBUTING.md: a partner's C2 blocklist CSV ({@code seen,ip,port,family}, a {@code #}
 * comment above it) → {@code c2-server} events. A CSV feed is this declaration and its mapper; reading the rows and
 * guarding the mapper are {@link CsvFeed}'s.
 */
public final class ExampleBlocklistFormat extends CsvFeed {

    static final List<String> HEADER = List.of("seen", "ip", "port", "family");

    private static final CsvFraming FRAMING = new CsvFraming(cells -> cells.equals(HEADER), List.of(), true);

    public ExampleBlocklistFormat() {
        super(
                "example-blocklist-csv",
                "a partner's C2 blocklist CSV (the worked example of CONTRIBUTING.md) → c2-server events",
                FRAMING,
                ExampleBlocklistFormat::mapper);
    }

    @Override
    public int detect(Sample sample) {
        return sample.firstLines().stream().anyMatch(line -> line.strip().equals("seen,ip,port,family")) ? 95 : 0;
    }

    private static RowMapper mapper(FormatContext context) {
        ExampleBlocklistMapper mapper =
                new ExampleBlocklistMapper(context.clock().instant());
        return (row, raw) -> ParseOutcome.of(mapper.map(row, raw));
    }
}
