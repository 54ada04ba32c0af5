package org.sitrep.ingest.feeds.fields;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.Cells;
import org.sitrep.core.parse.RejectCode;

/**
 * The time formats event feeds write, all read as UTC: {@code 2026-11-23 08:15:02} (Shadowserver, abuse.ch),
 * the same with a {@code UTC} suffix (URLhaus API), ISO-8601 with offset or {@code Z} (PhishTank, STIX), a bare
 * date, and epoch seconds (MISP).
 */
public final class Timestamps {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSSSSS][.SSS]");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,11}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Timestamps() {}

    public static Instant parse(String field, @Nullable String text) {
        if (text == null) {
            throw BadField.missing(field);
        }
        String value = text.strip();
        if (value.endsWith(" UTC")) {
            value = value.substring(0, value.length() - 4);
        }
        try {
            Instant spaced = IsoInstants.spaced(value);
            if (spaced != null) {
                return spaced;
            }
            if (EPOCH.matcher(value).matches()) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            if (DATE.matcher(value).matches()) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.length() > 10 && value.charAt(10) == ' ') {
                return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
            }
            Instant plain = IsoInstants.plain(value);
            if (plain != null) {
                return plain;
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(java.util.Locale.ROOT));
            }
            if (value.length() > 19 && (value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new BadField(field, RejectCode.BAD_TIMESTAMP, "not a timestamp: " + abbreviate(value));
        }
    }

    /** Like {@link #parse} but {@code null} for a missing value. */
    public static @Nullable Instant optional(String field, String text) {
        return Cells.present(text) == null ? null : parse(field, text);
    }

    static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
