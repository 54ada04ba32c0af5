package org.sitrep.ingest.feeds.fields;

/**
 * A cheap reading of the one IPv4 form feeds nearly always write, {@code 192.0.2.1}: four decimal parts 0–255
 * without leading zeros. Such a text is already its own canonical form, so callers skip the general address parser
 * (which stays the judge of every other text: IPv6, leading zeros, brackets).
 */
public final class DottedQuad {

    /** Returned by {@link #value} for a text that is not in the plain form (it may still be an address). */
    public static final long NOT_PLAIN = -1;

    private DottedQuad() {}

    /** The address as its 32-bit value (0 … 2^32−1), or {@link #NOT_PLAIN}. */
    public static long value(String text) {
        int length = text.length();
        if (length < 7 || length > 15) {
            return NOT_PLAIN;
        }
        long address = 0;
        int part = 0;
        int digits = 0;
        int parts = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 1 && part == 0) {
                    return NOT_PLAIN;
                }
                part = part * 10 + (c - '0');
                if (++digits > 3 || part > 255) {
                    return NOT_PLAIN;
                }
            } else if (c == '.' && digits > 0 && parts < 3) {
                address = address << 8 | part;
                parts++;
                part = 0;
                digits = 0;
            } else {
                return NOT_PLAIN;
            }
        }
        if (digits == 0 || parts != 3) {
            return NOT_PLAIN;
        }
        return address << 8 | part;
    }

    /** Whether the text is a plain dotted-quad IPv4 address. */
    public static boolean isPlain(String text) {
        return value(text) != NOT_PLAIN;
    }
}
