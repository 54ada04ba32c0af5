package org.sitrep.core.config;

/**
 * Files the feed formats read besides the feeds themselves; each optional ({@code null} = the built-in one).
 * Relative paths are read from the data directory.
 *
 * @param shadowserverSchema a copy of Shadowserver's report schema for IntelMQ ({@code intelmq.json}) to use
 *     instead of the bundled one or the one {@code sitrep shadowserver-schema update} fetched
 */
public record FeedSources(String shadowserverSchema) {

    public static final FeedSources NONE = new FeedSources(null);
}
