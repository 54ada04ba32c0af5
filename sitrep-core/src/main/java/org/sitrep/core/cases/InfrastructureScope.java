package org.sitrep.core.cases;

import java.util.Optional;

/** Whether an incident hit basic internet infrastructure, and at which scope. */
public enum InfrastructureScope {
    NONE,
    PROVINCIAL,
    NATIONAL;

    public String id() {
        return Enums.id(this);
    }

    public static Optional<InfrastructureScope> fromId(String text) {
        return Enums.fromId(InfrastructureScope.class, text);
    }
}
