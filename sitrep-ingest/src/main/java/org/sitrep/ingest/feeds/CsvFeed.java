package org.sitrep.ingest.feeds;

import java.util.Locale;
import java.util.function.Function;
import org.sitrep.core.parse.CsvFraming;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.Row;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.framing.CsvRecordSource;

/**
 * A CSV feed, declared: its name and description, its detection, how it lays out its CSV ({@link #framing()}) and
 * the pure mapper of one row. Reading the rows (FastCSV, bounded) and guarding the mapper
 * ({@link org.sitrep.core.parse.RecordGuard}) are the same for every CSV feed and live here, not in the feed.
 */
public abstract class CsvFeed extends DeclaredFeed {

    /** Maps one row's cells (by lower-cased header name) and its text as read to an outcome. */
    @FunctionalInterface
    public interface RowMapper {
        ParseOutcome map(Row row, String raw);
    }

    private final CsvFraming framing;

    /**
     * @param framing how the feed lays out its CSV
     * @param mappers the mapper for one input; the context carries the file name, the clock and the feed's
     *     configuration
     */
    protected CsvFeed(String name, String description, CsvFraming framing, Function<FormatContext, RowMapper> mappers) {
        super(name, description, input -> new CsvRecordSource(input, framing), context -> {
            RowMapper mapper = mappers.apply(context);
            return record -> mapper.map(new Row(record.fields()), record.text());
        });
        this.framing = framing;
    }

    public final CsvFraming framing() {
        return framing;
    }

    /**
     * The detection of a feed that writes its header (often in a {@code #} comment) and names itself in a comment,
     * as abuse.ch does: sure (95) when a line holds every one of the header's columns, fairly sure (80) when a
     * {@code #} line names the publisher's feed, otherwise 0.
     */
    protected static int headerOrComment(Sample sample, String feedWord, String... columns) {
        int score = 0;
        for (String line : sample.firstLines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (containsAll(lower, columns)) {
                return 95;
            }
            if (lower.startsWith("#") && lower.contains(feedWord)) {
                score = 80;
            }
        }
        return score;
    }

    private static boolean containsAll(String line, String... words) {
        for (String word : words) {
            if (!line.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
