package org.sitrep.ingest.feeds;

import java.util.Objects;
import org.sitrep.core.parse.FeedFormat;

/**
 * A feed format whose name and description are given once, by its declaration; what it detects, how it frames
 * its input and how it parses a record are the feed's own.
 */
public abstract class DeclaredFeed implements FeedFormat {

    private final String name;
    private final String description;

    /**
     * @param name the stable name {@code --format} takes ({@code urlhaus-csv})
     * @param description one line for {@code sitrep formats}: what it reads and what it produces
     */
    protected DeclaredFeed(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }
}
