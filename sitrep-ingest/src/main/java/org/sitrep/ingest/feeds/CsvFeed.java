package org.sitrep.ingest.feeds;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.ingest.feeds.fields.Row;
import org.sitrep.ingest.feeds.framing.CsvFraming;
import org.sitrep.ingest.feeds.framing.CsvRecordSource;

/**
 * A CSV feed, declared: its name, description and detection ({@link FeedFormat}), how it lays out its CSV
 * ({@link #framing()}) and the pure mapper of one row ({@link #mapper}). Reading the rows (FastCSV, bounded) and
 * guarding the mapper ({@link RecordGuard}) are the same for every CSV feed and live here, not in the feed.
 */
public interface CsvFeed extends FeedFormat {

    /** Maps one row's cells (by lower-cased header name) and its text as read to an outcome. */
    @FunctionalInterface
    interface RowMapper {
        ParseOutcome map(Row row, String raw);
    }

    CsvFraming framing();

    /** The mapper for one input; the context carries the file name, the clock and the feed's configuration. */
    RowMapper mapper(FormatContext context);

    @Override
    default RecordSource open(Reader input) {
        return new CsvRecordSource(input, framing());
    }

    @Override
    default RecordParser parser(FormatContext context) {
        RowMapper mapper = mapper(context);
        return RecordGuard.around(record -> mapper.map(new Row(record.fields()), record.text()));
    }
}
