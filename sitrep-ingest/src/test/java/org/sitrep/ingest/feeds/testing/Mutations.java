package org.sitrep.ingest.feeds.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to a valid input: flipped characters (quotes, separators, brackets, control characters),
 * deleted, duplicated and truncated spans. The same seed gives the same inputs on every run.
 */
public final class Mutations {

    private static final String PALETTE = "\",;:{}[]'\\\n\r\t\u0000 #-.0123456789aZ\u00e9\u4e2d\ufeff";

    private Mutations() {}

    public static List<String> of(long seed, String valid, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = valid;
            int operations = 1 + random.nextInt(3);
            for (int op = 0; op < operations && !text.isEmpty(); op++) {
                text = mutate(random, text);
            }
            out.add(text);
        }
        return out;
    }

    private static String mutate(Random random, String text) {
        int at = random.nextInt(text.length());
        int span = 1 + random.nextInt(Math.min(40, text.length() - at));
        return switch (random.nextInt(6)) {
            case 0, 1 ->
                text.substring(0, at) + PALETTE.charAt(random.nextInt(PALETTE.length())) + text.substring(at + 1);
            case 2 -> text.substring(0, at) + text.substring(at + span);
            case 3 -> text.substring(0, at + span) + text.substring(at, at + span) + text.substring(at + span);
            case 4 -> text.substring(0, at);
            default -> text.substring(0, at) + randomText(random, span) + text.substring(at);
        };
    }

    /** Random characters, including ones no feed writes. */
    public static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextBoolean()
                            ? PALETTE.charAt(random.nextInt(PALETTE.length()))
                            : (char) random.nextInt(0x3000));
        }
        return text.toString();
    }
}
