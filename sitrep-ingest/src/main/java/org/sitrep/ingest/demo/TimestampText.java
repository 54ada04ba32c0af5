package org.sitrep.ingest.demo;

import java.time.LocalDate;

/**
 * Writes instants to the second as IntelMQ does ({@code 2024-11-04T00:00:07+00:00}) or as ISO instants, caching the date part because consecutive
 * events mostly share a day.
 */
final class TimestampText {
    private final String zoneSuffix;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate = "";

    /** IntelMQ's form, {@code +00:00}. */
    TimestampText() {
        this("+00:00");
    }

    /** @param zoneSuffix {@code +00:00} as IntelMQ writes it, or {@code Z} for plain ISO instants */
    TimestampText(String zoneSuffix) {
        this.zoneSuffix = zoneSuffix;
    }

    String format(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        StringBuilder text = new StringBuilder(25).append(cachedDate).append('T');
        two(text, second / 3600);
        text.append(':');
        two(text, second / 60 % 60);
        text.append(':');
        two(text, second % 60);
        return text.append(zoneSuffix).toString();
    }

    private static void two(StringBuilder text, int value) {
        text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
