package org.sitrep.core.cases;

import java.util.Optional;

/** A case's life: new → triaged → coordinating → resolved or rejected. */
public enum CaseStatus {
    NEW,
    TRIAGED,
    COORDINATING,
    RESOLVED,
    REJECTED;

    public boolean closed() {
        return this == RESOLVED || this == REJECTED;
    }

    public String id() {
        return Enums.id(this);
    }

    public static Optional<CaseStatus> fromId(String text) {
        return Enums.fromId(CaseStatus.class, text);
    }
}
