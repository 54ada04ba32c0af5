package org.sitrep.ingest.feeds.fields;

import inet.ipaddr.IPAddressStringParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;

/**
 * Reads and checks the field values feeds carry, for every feed parser. Each method names the field in the
 * {@link BadField} it throws for a value it cannot take; {@code null} or blank input gives {@code null}.
 */
public final class FieldValues {

    /** The usual textual forms of one IP address ({@code 203.0.113.5}, {@code 2001:db8::1}); not {@code 1} or {@code 10.1}. */
    public static final IPAddressStringParameters STRICT_IP = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowSingleSegment(false)
            .allowPrefix(false)
            .allowMask(false)
            .allowAll(false)
            .allow_inet_aton(false)
            .toParams();

    private static final CanonicalAddresses RECENT_ADDRESSES = new CanonicalAddresses(STRICT_IP);

    /** ISO-8601 with {@code T} or a space, optional fraction, optional offset ({@code Z}, {@code +08:00}). */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter(Locale.ROOT);

    private FieldValues() {}

    /** The value as text, or {@code null}; a nested object or list is {@link #WRONG_TYPE}. */
    public static @Nullable String text(String field, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Iterable<?>) {
            throw new BadField(
                    field, RejectCode.WRONG_TYPE, field + " must be a single value, not an object or a list");
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** {@link #instant}, or a {@code missing-field} reject when the value is absent or blank. */
    public static Instant requiredInstant(String field, @Nullable Object value) {
        Instant instant = instant(field, value);
        if (instant == null) {
            throw BadField.missing(field);
        }
        return instant;
    }

    /** {@link #date}, or a {@code missing-field} reject when the value is absent or blank. */
    public static LocalDate requiredDate(String field, @Nullable Object value) {
        LocalDate date = date(field, value);
        if (date == null) {
            throw BadField.missing(field);
        }
        return date;
    }

    public static String required(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            throw BadField.missing(field);
        }
        return text;
    }

    /** An instant in ISO-8601; a time without an offset is read as UTC. */
    public static @Nullable Instant instant(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        Instant plain = IsoInstants.plain(text);
        if (plain != null) {
            return plain;
        }
        try {
            // the common case first: ISO-8601 with T and an offset, as IntelMQ writes it
            return text.length() > 19 && text.charAt(10) == 'T'
                    ? OffsetDateTime.parse(text).toInstant()
                    : OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (DateTimeParseException notIso) {
            return lenientInstant(field, text);
        }
    }

    private static Instant lenientInstant(String field, String text) {
        try {
            return OffsetDateTime.parse(text, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw new BadField(
                        field, RejectCode.BAD_TIMESTAMP, field + " is not an ISO-8601 timestamp: " + shorten(text));
            }
        }
    }

    /** A date {@code YYYY-MM-DD}; a full timestamp gives its UTC date. */
    public static @Nullable LocalDate date(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return requiredInstant(field, text).atOffset(ZoneOffset.UTC).toLocalDate();
            } catch (BadField notATimestamp) {
                throw new BadField(field, RejectCode.BAD_DATE, field + " is not a date YYYY-MM-DD: " + shorten(text));
            }
        }
    }

    /** An IPv4 or IPv6 address in its canonical text ({@code 2001:db8::1}). */
    public static @Nullable String ip(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        if (DottedQuad.isPlain(text)) {
            return text;
        }
        String canonical = RECENT_ADDRESSES.canonical(text);
        if (canonical == null) {
            throw new BadField(field, RejectCode.BAD_IP, field + " is not an IP address: " + shorten(text));
        }
        return canonical;
    }

    /** An ISO 3166-1 alpha-2 code, upper-cased. */
    public static @Nullable String countryCode(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.length() != 2 || !isLetter(code.charAt(0)) || !isLetter(code.charAt(1))) {
            throw new BadField(
                    field, RejectCode.BAD_COUNTRY, field + " must be two letters (ISO 3166-1), was: " + shorten(text));
        }
        return code;
    }

    public static @Nullable Long integer(String field, @Nullable Object value, long min, long max) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        long number;
        try {
            number = value instanceof Number n && !(n instanceof Double || n instanceof Float)
                    ? n.longValue()
                    : Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        } catch (NumberFormatException e) {
            throw new BadField(field, RejectCode.BAD_NUMBER, field + " is not a whole number: " + shorten(text));
        }
        if (number < min || number > max) {
            throw new BadField(
                    field, RejectCode.BAD_NUMBER, field + " must be " + min + ".." + max + ", was " + number);
        }
        return number;
    }

    public static @Nullable Double decimal(String field, @Nullable Object value, double min, double max) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadField(field, RejectCode.BAD_NUMBER, field + " is not a number: " + shorten(text));
        }
        if (!(number >= min && number <= max)) {
            throw new BadField(field, RejectCode.BAD_NUMBER, field + " must be " + min + ".." + max + ", was " + text);
        }
        return number;
    }

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}, {@code yes}/{@code no}); absent is {@code false}. */
    public static boolean flag(String field, @Nullable Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(field, value);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "y" -> true;
            case "false", "0", "no", "n" -> false;
            default ->
                throw new BadField(
                        field, RejectCode.BAD_VALUE, field + " must be true or false, was: " + shorten(text));
        };
    }

    /** Host names as IntelMQ keeps them: lower case, no trailing dot. */
    public static @Nullable String hostName(String field, @Nullable Object value) {
        String text = text(field, value);
        if (text == null) {
            return null;
        }
        String name = text.toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** A value cut for a message. */
    public static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
