package org.sitrep.core.figures;

/** A figure could not be computed because the store failed; the message names the statement and the week. */
public final class FigureException extends RuntimeException {
    public FigureException(String message, Throwable cause) {
        super(message, cause);
    }
}
