package org.sitrep.ingest.feeds.shadowserver;

import org.jspecify.annotations.Nullable;

/**
 * {@code feeds.shadowserver} in {@code sitrep.yaml}.
 *
 * @param schema a copy of Shadowserver's report schema for IntelMQ to use instead of the fetched or bundled one,
 *     relative to the data directory ({@link SchemaLocation})
 */
record ShadowserverConfig(@Nullable String schema) {

    static final ShadowserverConfig DEFAULT = new ShadowserverConfig(null);
}
