package org.sitrep.core.config;

import java.time.Duration;

/**
 * The times an ingested event may carry, around the time of ingest ({@code ingest.event_window} in
 * {@code sitrep.yaml}): an event whose {@code time.source} lies outside is rejected as {@code time-out-of-range}.
 * A placeholder date such as 9999-12-31, or a sender's clock years off, is not an observation of this week.
 *
 * @param daysBefore how many days before the ingest an event may lie (default ten years)
 * @param daysAfter how many days after the ingest an event may lie (default two: senders' clocks and zones differ)
 */
public record EventWindow(int daysBefore, int daysAfter) {

    /** At most a century either way: a larger window is a typing mistake, not a policy. */
    static final int MAX_DAYS = 36_525;

    public static final EventWindow DEFAULTS = new EventWindow(3653, 2);

    public EventWindow {
        check("days_before", daysBefore);
        check("days_after", daysAfter);
    }

    public Duration before() {
        return Duration.ofDays(daysBefore);
    }

    public Duration after() {
        return Duration.ofDays(daysAfter);
    }

    private static void check(String key, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "event_window." + key + " must be between 0 and " + MAX_DAYS + " days, was " + days);
        }
    }
}
