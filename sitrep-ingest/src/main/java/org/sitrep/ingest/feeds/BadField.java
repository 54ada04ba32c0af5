package org.sitrep.ingest.feeds;

import org.sitrep.core.parse.ParseOutcome;

/**
 * A field value a mapper cannot take. Thrown inside a mapper only and turned into a {@link ParseOutcome.Rejected}
 * at its boundary: parsers never let it out.
 */
public final class BadField extends RuntimeException {

    private final String field;
    private final String code;

    public BadField(String field, String code, String detail) {
        super(detail, null, false, false);
        this.field = field;
        this.code = code;
    }

    public ParseOutcome.Rejected rejected() {
        return new ParseOutcome.Rejected(field, code, getMessage());
    }
}
