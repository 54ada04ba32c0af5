package org.sitrep.ingest.feeds.intelmq.csv;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.DeclaredFeed;
import org.sitrep.ingest.feeds.framing.NamedCsvRecordSource;

/** IntelMQ events as CSV whose header row names the columns with IntelMQ's dotted field names. */
public final class IntelMqCsvFormat extends DeclaredFeed {

    public static final String NAME = "intelmq-csv";

    public IntelMqCsvFormat() {
        super(
                NAME,
                "IntelMQ events as CSV with a header of dotted field names (time.source,feed.name,…)",
                NamedCsvRecordSource::new,
                IntelMqCsvFormat::parserFor);
    }

    @Override
    public int detect(Sample sample) {
        String header = sample.firstContentLine();
        if (header.startsWith("{")) {
            return 0;
        }
        Set<String> columns = Arrays.stream(header.split(","))
                .map(column -> column.strip().replace("\"", ""))
                .collect(Collectors.toSet());
        return columns.contains("classification.type") && columns.contains("time.source") ? 90 : 0;
    }

    private static RecordParser parserFor(FormatContext context) {
        return new IntelMqCsvParser();
    }
}
