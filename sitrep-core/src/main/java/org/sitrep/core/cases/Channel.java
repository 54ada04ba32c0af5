package org.sitrep.core.cases;

import java.util.Optional;

/** How the organisation learnt of an incident. */
public enum Channel {
    MONITORING,
    COMPLAINT,
    PARTNER,
    INTERNATIONAL;

    public String id() {
        return Enums.id(this);
    }

    public static Optional<Channel> fromId(String text) {
        return Enums.fromId(Channel.class, text);
    }
}
