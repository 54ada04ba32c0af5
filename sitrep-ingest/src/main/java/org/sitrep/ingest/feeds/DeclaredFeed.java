package org.sitrep.ingest.feeds;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.RecordGuard;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.RecordSource;

/**
 * A feed format given by its declaration: its name and description, how it frames an input and the parser it makes
 * for one input, behind {@link RecordGuard} for every feed alike. What it detects is the feed's own
 * ({@link #detect}).
 */
public abstract class DeclaredFeed implements FeedFormat {

    /** How a feed frames its decoded input into records. */
    @FunctionalInterface
    public interface Framing {
        RecordSource open(Reader input) throws IOException;
    }

    private final String name;
    private final String description;
    private final Framing framing;
    private final Function<FormatContext, RecordParser> parsers;

    /**
     * @param name the stable name {@code --format} takes ({@code urlhaus-csv})
     * @param description one line for {@code sitrep formats}: what it reads and what it produces
     * @param framing how an input is framed into records
     * @param parsers the parser for one input; the context carries the file name, the clock and the feed's
     *     configuration
     */
    protected DeclaredFeed(
            String name, String description, Framing framing, Function<FormatContext, RecordParser> parsers) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.framing = Objects.requireNonNull(framing, "framing");
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final RecordSource open(Reader input) throws IOException {
        return framing.open(input);
    }

    @Override
    public final RecordParser parser(FormatContext context) {
        return RecordGuard.around(parsers.apply(context));
    }
}
