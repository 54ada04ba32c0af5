package org.sitrep.app.security;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How long a new token lives, as written on the command line and in the API: {@code 90d}, {@code 12h},
 * {@code 30m}, or {@code never}. At most ten years; {@value #DEFAULT} when not given.
 */
public final class TokenLifetime {

    public static final String DEFAULT = "90d";

    private static final Pattern AMOUNT = Pattern.compile("([1-9][0-9]{0,5})([dhm])");
    private static final Duration LONGEST = Duration.ofDays(3650);

    private TokenLifetime() {}

    /** The lifetime written as {@code text}; null for {@code never}. */
    public static @Nullable Duration parse(@Nullable String text) {
        String value = text == null ? DEFAULT : text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("never")) {
            return null;
        }
        Matcher amount = AMOUNT.matcher(value);
        if (!amount.matches()) {
            throw new IllegalArgumentException(
                    "a token's lifetime is a number of days, hours or minutes (90d, 12h, 30m) or never; '" + text
                            + "' is not");
        }
        long number = Long.parseLong(amount.group(1));
        Duration lifetime = switch (amount.group(2)) {
            case "d" -> Duration.ofDays(number);
            case "h" -> Duration.ofHours(number);
            default -> Duration.ofMinutes(number);
        };
        if (lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a token lives at most 3650 days; '" + text + "' is longer");
        }
        return lifetime;
    }
}
