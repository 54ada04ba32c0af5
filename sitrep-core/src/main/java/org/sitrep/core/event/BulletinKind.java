package org.sitrep.core.event;

import java.util.Locale;
import java.util.Optional;

/** What an event counts as in the bulletin; events of no kind are stored but not counted in its figures. */
public enum BulletinKind {
    INFECTED("infected"),
    DROP_SITE("drop-site"),
    DEFACEMENT("defacement"),
    BACKDOOR("backdoor"),
    PHISHING("phishing");

    private final String id;

    BulletinKind(String id) {
        this.id = id;
    }

    /** The stable id used in the store and in JSON: {@code drop-site}. */
    public String id() {
        return id;
    }

    public static Optional<BulletinKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (BulletinKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
