package org.sitrep.ingest.pipeline;

/** IntelMQ JSON lines for pipeline tests: event {@code i} is a distinct observation (its own address and day). */
final class IntelMqLines {
    private IntelMqLines() {}

    /** Infected host 198.51.100.(i mod 250) on 2026-11-(1 + i div 250), from the named feed. */
    static String event(int i, String feed) {
        return "{\"time.source\":\"2026-11-%02dT08:00:00Z\",\"feed.name\":\"%s\",\"classification.type\":\"infected-system\",\"classification.identifier\":\"mirai\",\"source.ip\":\"198.51.100.%d\",\"source.geolocation.cc\":\"CN\",\"extra.note\":\"event %d\"}"
                .formatted(1 + i / 250, feed, i % 250, i);
    }

    static String event(int i) {
        return event(i, "test-feed");
    }
}
