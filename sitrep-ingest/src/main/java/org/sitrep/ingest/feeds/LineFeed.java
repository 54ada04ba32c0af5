package org.sitrep.ingest.feeds;

import java.util.function.Function;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.ingest.feeds.framing.LineRecordSource;

/**
 * A feed of one record per line (URL lists, JSON Lines), declared: its name and description, its detection,
 * whether {@code #} lines are comments and the pure mapper of one line. Reading the lines
 * (bounded) and guarding the mapper are the same for every line feed and live here.
 */
public abstract class LineFeed extends DeclaredFeed {

    /** Maps one line (stripped) and its text as read to an outcome. */
    @FunctionalInterface
    public interface LineMapper {
        ParseOutcome map(String line, String raw);
    }

    private final boolean hashComments;

    /**
     * @param hashComments whether lines starting with {@code #} are comments
     * @param mappers the mapper for one input; the context carries the file name, the clock and the feed's
     *     configuration
     */
    protected LineFeed(
            String name, String description, boolean hashComments, Function<FormatContext, LineMapper> mappers) {
        super(name, description, input -> new LineRecordSource(input, hashComments), context -> {
            LineMapper mapper = mappers.apply(context);
            return record -> mapper.map(record.text().strip(), record.text());
        });
        this.hashComments = hashComments;
    }

    /** Whether lines starting with {@code #} are comments. */
    public final boolean hashComments() {
        return hashComments;
    }
}
