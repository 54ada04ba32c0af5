package org.sitrep.core.store;

/** The store was written at a schema version this build does not know. */
public final class StoreVersionException extends IllegalStateException {
    public StoreVersionException(String message) {
        super(message);
    }
}
