package org.sitrep.ingest.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rejected input record for the reject log.
 *
 * @param file the input (for an archive entry {@code archive.zip!entry.jsonl})
 * @param line the 1-based line where the record starts
 * @param field the field at fault, or {@code null} when the record as a whole is unreadable
 * @param code a stable reason code
 * @param detail the reason in a sentence
 * @param raw the record as read, truncated for the log
 */
public record RejectRecord(
        String file,
        long line,
        @Nullable String field,
        String code,
        String detail,
        @Nullable String raw) {

    /** Raw text longer than this is cut: the reject log is for finding the record, not for keeping it. */
    public static final int MAX_RAW_CHARS = 2048;

    public RejectRecord {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        if (raw != null && raw.length() > MAX_RAW_CHARS) {
            raw = raw.substring(0, MAX_RAW_CHARS);
        }
    }
}
