package org.sitrep.ingest.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random text for garbage-input tests: fragments of JSON and CSV syntax, digits, letters, Chinese, quotes
 * and escapes, so that parsers meet half-formed records. The same seed gives the same lines on every run.
 */
public final class GarbageLines {

    private static final String ALPHABET = "{}[]\":,.;-+0123456789TZabcdefxyz \\\t'\u00e9\u4e2d\u6587";
    private static final List<String> FRAGMENTS = List.of(
            "{\"time.source\":",
            "\"2026-11-23T00:00:00Z\"",
            "\"classification.type\":\"phishing\"",
            "\"feed.name\":",
            "\"source.ip\":\"198.51.100.",
            "null",
            "true",
            "[1,2",
            "{\"id\":\"CVE-2026-",
            "\"published\":",
            "\"reported_at\":",
            "\"partners\":[{");

    private GarbageLines() {}

    public static List<String> lines(long seed, int count) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "{" : "");
            int parts = random.nextInt(8);
            for (int j = 0; j < parts; j++) {
                if (random.nextBoolean()) {
                    line.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                } else {
                    line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
