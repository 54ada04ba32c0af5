package org.sitrep.app.events;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An autonomous system number as people write it: {@code 4134} or {@code AS4134}, at most 2³²−1. */
public final class AsNumber {

    private static final Pattern TEXT = Pattern.compile("(?i)(?:AS)?(\\d{1,10})");
    private static final long LARGEST = 4_294_967_295L;

    private AsNumber() {}

    /** The number, or empty when the text is not one. */
    public static OptionalLong parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        long number = Long.parseLong(matcher.group(1));
        return number <= LARGEST ? OptionalLong.of(number) : OptionalLong.empty();
    }
}
