package org.sitrep.core.parse;

import java.util.Objects;

/**
 * Why a record source could not cut a record out of its input (an unclosed quote running to the end of the file,
 * a row with more cells than the header, a line past the size limit, broken JSON). A source passes it on as a
 * {@link RawRecord} carrying it, and {@link RecordGuard} turns it into a {@link RejectCode#BAD_FRAMING} reject:
 * nothing is thrown and nothing is lost silently.
 *
 * @param detail a sentence a person can act on
 */
public record FramingError(String detail) {
    public FramingError {
        Objects.requireNonNull(detail, "detail");
    }
}
