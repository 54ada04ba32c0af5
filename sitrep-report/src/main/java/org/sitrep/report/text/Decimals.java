package org.sitrep.report.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The bulletin's rounding rules: shares to one decimal, ratios to whole numbers, both half-up from exact values. */
public final class Decimals {
    private Decimals() {}

    /**
     * {@code part / whole × 100} to one decimal, half-up (381 of 4988 → 7.6).
     *
     * @throws IllegalArgumentException when {@code whole} is zero, for the share of nothing is not printed
     */
    public static BigDecimal share(long part, long whole) {
        if (whole <= 0) {
            throw new IllegalArgumentException("no share of a whole of " + whole);
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code numerator / denominator} rounded half-up to a whole number (1417 pages on 228 IPs → 6). */
    public static long ratio(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("no ratio over " + denominator);
        }
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A count in 万 (ten thousands) rounded half-up to one decimal (577 998 → 57.8). */
    public static BigDecimal tenThousands(long count) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP);
    }
}
