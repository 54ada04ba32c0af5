package org.sitrep.core.parse;

import org.jspecify.annotations.Nullable;

/**
 * Thrown inside a feed's mapper when a field is bad and caught by {@link RecordGuard}, which turns it into a
 * {@link ParseOutcome.Rejected}. It never leaves a parser.
 */
public final class BadField extends RuntimeException {

    private final @Nullable String field;
    private final RejectCode code;
    private final String detail;

    public BadField(@Nullable String field, RejectCode code, String detail) {
        super(detail, null, false, false);
        this.field = field;
        this.code = code;
        this.detail = detail;
    }

    public static BadField missing(String field) {
        return new BadField(field, RejectCode.MISSING_FIELD, field + " is required");
    }

    public ParseOutcome.Rejected toRejected() {
        return new ParseOutcome.Rejected(field, code, detail);
    }
}
