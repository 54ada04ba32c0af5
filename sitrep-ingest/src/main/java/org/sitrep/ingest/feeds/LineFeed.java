package org.sitrep.ingest.feeds;

import java.io.Reader;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * A feed of one record per line (URL lists, JSON Lines), declared: its name, description and detection
 * ({@link FeedFormat}), whether {@code #} lines are comments and the pure mapper of one line ({@link #mapper}).
 * Reading the lines (bounded) and guarding the mapper are the same for every line feed and live here.
 */
public interface LineFeed extends FeedFormat {

    /** Maps one line (stripped) and its text as read to an outcome. */
    @FunctionalInterface
    interface LineMapper {
        ParseOutcome map(String line, String raw);
    }

    /** Whether lines starting with {@code #} are comments. */
    boolean hashComments();

    /** The mapper for one input; the context carries the file name, the clock and the feed's configuration. */
    LineMapper mapper(FormatContext context);

    @Override
    default RecordSource open(Reader input) {
        return new LineRecordSource(input, hashComments());
    }

    @Override
    default RecordParser parser(FormatContext context) {
        LineMapper mapper = mapper(context);
        return RecordGuard.around(record -> mapper.map(record.text().strip(), record.text()));
    }
}
