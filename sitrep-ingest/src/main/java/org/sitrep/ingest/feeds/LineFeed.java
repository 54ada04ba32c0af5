package org.sitrep.ingest.feeds;

import java.io.Reader;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * A feed of one record per line (URL lists, JSON Lines), declared: its name and description, its detection,
 * whether {@code #} lines are comments and the pure mapper of one line ({@link #mapper}). Reading the lines
 * (bounded) and guarding the mapper are the same for every line feed and live here.
 */
public abstract class LineFeed extends DeclaredFeed {

    /** Maps one line (stripped) and its text as read to an outcome. */
    @FunctionalInterface
    public interface LineMapper {
        ParseOutcome map(String line, String raw);
    }

    private final boolean hashComments;

    /** @param hashComments whether lines starting with {@code #} are comments */
    protected LineFeed(String name, String description, boolean hashComments) {
        super(name, description);
        this.hashComments = hashComments;
    }

    /** Whether lines starting with {@code #} are comments. */
    public final boolean hashComments() {
        return hashComments;
    }

    /** The mapper for one input; the context carries the file name, the clock and the feed's configuration. */
    protected abstract LineMapper mapper(FormatContext context);

    @Override
    public final RecordSource open(Reader input) {
        return new LineRecordSource(input, hashComments);
    }

    @Override
    public final RecordParser parser(FormatContext context) {
        LineMapper mapper = mapper(context);
        return RecordGuard.around(record -> mapper.map(record.text().strip(), record.text()));
    }
}
