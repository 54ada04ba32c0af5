package org.sitrep.ingest.feeds.stix;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;

/**
 * Reads the simple STIX patterns feeds use for single indicators: one observation expression of equality
 * comparisons joined by {@code AND}, e.g. {@code [url:value = 'http://…']},
 * {@code [ipv4-addr:value = '203.0.113.188' AND network-traffic:dst_port = 443]} or
 * {@code [file:hashes.'SHA-256' = '…']}. Anything else ({@code OR}, several observations, other operators or
 * object paths) is {@link Observables.Unsupported}: valid STIX, but not one event.
 */
final class StixPattern {

    private static final Pattern COMPARISON =
            Pattern.compile("([a-z0-9-]+):([A-Za-z0-9_.'-]+)\\s*=\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|(\\d{1,10}))");

    private StixPattern() {}

    static Observables parse(String pattern) {
        String text = pattern.strip();
        if (!text.startsWith("[") || !text.endsWith("]") || text.length() < 3) {
            throw new BadField("pattern", RejectCode.BAD_PATTERN, "not a STIX pattern: " + abbreviate(text));
        }
        String inner = text.substring(1, text.length() - 1);
        Observables observables = new Observables();
        Matcher matcher = COMPARISON.matcher(inner);
        int position = 0;
        boolean first = true;
        while (matcher.find()) {
            String glue = inner.substring(position, matcher.start()).strip();
            if (first ? !glue.isEmpty() : !glue.equalsIgnoreCase("AND")) {
                throw new Observables.Unsupported("pattern is more than one AND of comparisons");
            }
            String value = matcher.group(3) != null ? unescape(matcher.group(3)) : matcher.group(4);
            observables.set(kind(matcher.group(1), matcher.group(2)), value);
            position = matcher.end();
            first = false;
        }
        if (first || !inner.substring(position).isBlank()) {
            throw new Observables.Unsupported("pattern is more than one AND of comparisons");
        }
        return observables;
    }

    private static String kind(String objectType, String path) {
        String property = path.replace("'", "").toUpperCase(Locale.ROOT);
        return switch (objectType + ":" + (property.startsWith("HASHES.") ? "hashes" : path)) {
            case "url:value" -> "url";
            case "domain-name:value" -> "domain";
            case "ipv4-addr:value", "ipv6-addr:value", "network-traffic:dst_ref.value" -> "ip";
            case "network-traffic:dst_port" -> "port";
            case "file:hashes" ->
                switch (property) {
                    case "HASHES.SHA-256", "HASHES.SHA256" -> "sha256";
                    case "HASHES.MD5" -> "md5";
                    case "HASHES.SHA-1", "HASHES.SHA1" -> "sha1";
                    default -> "hash " + property;
                };
            default -> objectType + ":" + path;
        };
    }

    private static String unescape(String value) {
        return value.replace("\\'", "'").replace("\\\\", "\\");
    }

    private static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
