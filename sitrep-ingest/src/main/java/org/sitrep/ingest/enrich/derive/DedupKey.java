package org.sitrep.ingest.enrich.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Taxonomy;
import org.sitrep.core.week.ZoneDays;

/**
 * The identity of an observation, as a 64-bit key: the first eight bytes (big-endian) of the SHA-256 of
 *
 * <pre>
 * what  = the id of a kind the bulletin counts, else the classification type (lower case, current name)
 * which = classification.identifier (lower case, may be empty)
 * who   = source.ip | source.url | source.fqdn (lower case)
 * whom  = destination.ip for infected hosts (one infected host talking to two controllers is two observations),
 *         else empty
 * day   = the day of time.source in the week zone (YYYY-MM-DD): a zone day lies inside one bulletin week, so a
 *         repeated observation on each side of Monday 00:00 counts in both weeks (docs/adr/008-dedup-key-zone-day.md)
 * </pre>
 *
 * joined with the unit separator U+001F. The feed is not part of the key: the same observation from two feeds,
 * or from a re-run, counts once. A collision of two different observations needs about 2^32 events in one store
 * to become likely (birthday bound), far above a week's volume.
 */
final class DedupKey {
    private static final byte SEPARATOR = 0x1f;
    private static final ThreadLocal<KeyText> TEXT = ThreadLocal.withInitial(KeyText::new);

    private DedupKey() {}

    static long of(Event event, @Nullable BulletinKind kind, ZoneId zone) {
        return of(
                kind,
                event.classification().type(),
                event.classification().identifier(),
                event.source().ip(),
                event.source().url(),
                event.source().fqdn(),
                event.destination().ip(),
                ZoneDays.epochDay(event.timeSource(), zone));
    }

    /**
     * The key from the fields it is made of, as an event's or as a stored row's ({@code DedupDays} re-keys stored
     * rows with it): the same fields give the same key.
     *
     * @param epochDay the zone day of {@code time.source}
     */
    static long of(
            @Nullable BulletinKind kind,
            String type,
            @Nullable String identifier,
            @Nullable String sourceIp,
            @Nullable String sourceUrl,
            @Nullable String sourceFqdn,
            @Nullable String destinationIp,
            long epochDay) {
        // a kind the bulletin counts stands for its types; any other keeps the type, so that a scan and a
        // brute-force attempt from one address are two observations
        String what = kind != null && kind.counted()
                ? kind.id()
                : Taxonomy.normalizeType(type).orElse(lower(type));
        KeyText text = TEXT.get().clear();
        text.append(what)
                .append(SEPARATOR)
                .appendLower(identifier)
                .append(SEPARATOR)
                .appendLower(sourceIp)
                .append((byte) '|')
                .appendLower(sourceUrl)
                .append((byte) '|')
                .appendLower(sourceFqdn)
                .append(SEPARATOR)
                .appendLower(kind == BulletinKind.INFECTED ? destinationIp : null)
                .append(SEPARATOR)
                .appendDate(LocalDate.ofEpochDay(epochDay));
        byte[] hash = text.digest();
        long key = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            key = (key << 8) | (hash[i] & 0xff);
        }
        return key;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The key text as UTF-8 bytes, written straight into a buffer reused by the thread (ASCII byte by byte, anything
     * else through the encoder: the same bytes as encoding the whole text at once, since no surrogate pair spans a
     * separator).
     */
    private static final class KeyText {
        private final MessageDigest sha256 = sha256();
        private byte[] bytes = new byte[256];
        private int length;

        KeyText clear() {
            length = 0;
            return this;
        }

        KeyText append(byte b) {
            ensure(1);
            bytes[length++] = b;
            return this;
        }

        KeyText append(String text) {
            int count = text.length();
            ensure(count);
            for (int i = 0; i < count; i++) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
                    ensure(rest.length);
                    System.arraycopy(rest, 0, bytes, length, rest.length);
                    length += rest.length;
                    return this;
                }
                bytes[length++] = (byte) c;
            }
            return this;
        }

        /**
         * {@link #lower}'s text of the value. Printable ASCII at both ends cannot be stripped and ASCII lowers by
         * itself, so such a value is lowered while written; any other goes through {@link #lower}.
         */
        KeyText appendLower(@Nullable String value) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            int count = value.length();
            if (!isPrintableAscii(value.charAt(0)) || !isPrintableAscii(value.charAt(count - 1))) {
                return append(lower(value));
            }
            ensure(count);
            for (int i = 0; i < count; i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    length -= i;
                    return append(lower(value));
                }
                bytes[length++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            return this;
        }

        private static boolean isPrintableAscii(char c) {
            return c > ' ' && c < 0x7f;
        }

        /** {@code YYYY-MM-DD} as {@link LocalDate#toString()} writes it. */
        KeyText appendDate(LocalDate date) {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                return append(date.toString());
            }
            ensure(10);
            digits(year, 4);
            bytes[length++] = '-';
            digits(date.getMonthValue(), 2);
            bytes[length++] = '-';
            digits(date.getDayOfMonth(), 2);
            return this;
        }

        private void digits(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bytes[length + i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += count;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, 2 * bytes.length));
            }
        }

        byte[] digest() {
            sha256.update(bytes, 0, length);
            return sha256.digest();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
