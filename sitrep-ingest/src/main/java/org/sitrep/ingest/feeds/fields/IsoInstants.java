package org.sitrep.ingest.feeds.fields;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reads the timestamp form IntelMQ writes, {@code 2026-11-15T16:13:08+00:00} or {@code …Z} (whole seconds, an offset
 * in hours and minutes), without the general formatter, which costs microseconds per value. Anything else,
 * including an out-of-range field, is left to the formatter: it decides and names the error.
 */
public final class IsoInstants {

    private IsoInstants() {}

    /** The instant, or {@code null} when the text is not in the plain form. */
    public static @Nullable Instant plain(String text) {
        int length = text.length();
        if (length != 20 && length != 25) {
            return null;
        }
        int offsetSeconds = offset(text, length);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        return dateTime(text, 'T', offsetSeconds);
    }

    /**
     * The instant of {@code 2026-11-23 08:15:02} read as UTC (Shadowserver's and abuse.ch's form, whole seconds),
     * or {@code null} for any other text, including a day the month does not have (left to the formatter).
     */
    public static @Nullable Instant spaced(String text) {
        return text.length() == 19 ? dateTime(text, ' ', 0) : null;
    }

    private static @Nullable Instant dateTime(String text, char separator, int offsetSeconds) {
        if (text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != separator
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0
                || month < 0
                || day < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        long epochDay = epochDay(year, month, day);
        if (epochDay == Long.MIN_VALUE) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds);
    }

    /**
     * The day's number counted from 1970-01-01 as {@link java.time.LocalDate#toEpochDay()} counts it, or
     * {@link Long#MIN_VALUE} for a month or day that does not exist; {@code year} is 0…9999 (four digits).
     */
    static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        long days = 365L * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        days += (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            days -= isLeap(year) ? 1 : 2;
        }
        return days - DAYS_0000_TO_1970;
    }

    private static final long DAYS_0000_TO_1970 = 719_528L;

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int offset(String text, int length) {
        if (length == 20) {
            char z = text.charAt(19);
            return z == 'Z' || z == 'z' ? 0 : Integer.MIN_VALUE;
        }
        char sign = text.charAt(19);
        int hours = digits(text, 20, 2);
        int minutes = digits(text, 23, 2);
        if ((sign != '+' && sign != '-')
                || text.charAt(22) != ':'
                || hours < 0
                || hours > 18
                || minutes < 0
                || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (seconds > 18 * 3600) {
            return Integer.MIN_VALUE;
        }
        return sign == '+' ? seconds : -seconds;
    }

    /** The non-negative number in {@code count} ASCII digits from {@code start}, or −1. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
