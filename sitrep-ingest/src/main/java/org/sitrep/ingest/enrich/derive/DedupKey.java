package org.sitrep.ingest.enrich.derive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Locale;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.Event;
import org.sitrep.core.event.Taxonomy;

/**
 * The identity of an observation, as a 64-bit key: the first eight bytes (big-endian) of the SHA-256 of
 *
 * <pre>
 * what  = the bulletin kind's id, else the classification type (lower case, current name)
 * which = classification.identifier (lower case, may be empty)
 * who   = source.ip | source.url | source.fqdn (lower case)
 * whom  = destination.ip for infected hosts (one infected host talking to two controllers is two observations),
 *         else empty
 * day   = the UTC day of time.source (YYYY-MM-DD)
 * </pre>
 *
 * joined with the unit separator U+001F. The feed is not part of the key: the same observation from two feeds,
 * or from a re-run, counts once. A collision of two different observations needs about 2^32 events in one store
 * to become likely (birthday bound), far above a week's volume.
 */
final class DedupKey {
    private static final char SEPARATOR = '\u001f';
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(DedupKey::sha256);

    private DedupKey() {}

    static long of(Event event, BulletinKind kind) {
        String what = kind != null
                ? kind.id()
                : Taxonomy.normalizeType(event.classification().type())
                        .orElse(lower(event.classification().type()));
        StringBuilder text = new StringBuilder(160)
                .append(what)
                .append(SEPARATOR)
                .append(lower(event.classification().identifier()))
                .append(SEPARATOR)
                .append(lower(event.source().ip()))
                .append('|')
                .append(lower(event.source().url()))
                .append('|')
                .append(lower(event.source().fqdn()))
                .append(SEPARATOR)
                .append(
                        kind == BulletinKind.INFECTED
                                ? lower(event.destination().ip())
                                : "")
                .append(SEPARATOR)
                .append(event.timeSource().atOffset(ZoneOffset.UTC).toLocalDate());
        byte[] hash = SHA_256.get().digest(text.toString().getBytes(StandardCharsets.UTF_8));
        long key = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            key = (key << 8) | (hash[i] & 0xff);
        }
        return key;
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
