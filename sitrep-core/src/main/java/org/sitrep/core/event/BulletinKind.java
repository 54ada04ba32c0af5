package org.sitrep.core.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an event counts as. The first five kinds are the bulletin's figures; {@link #VULNERABLE}, {@link #DDOS} and
 * {@link #OTHER} are stored and shown by {@code sitrep figures} as "not in the bulletin", never counted in it.
 */
public enum BulletinKind {
    INFECTED("infected", true),
    DROP_SITE("drop-site", true),
    DEFACEMENT("defacement", true),
    BACKDOOR("backdoor", true),
    PHISHING("phishing", true),
    VULNERABLE("vulnerable", false),
    DDOS("ddos", false),
    OTHER("other", false);

    /** The kinds the bulletin's figures count, in the bulletin's order. */
    public static final List<BulletinKind> COUNTED = List.of(INFECTED, DROP_SITE, DEFACEMENT, BACKDOOR, PHISHING);

    private final String id;
    private final boolean counted;

    BulletinKind(String id, boolean counted) {
        this.id = id;
        this.counted = counted;
    }

    /** The stable id used in the store, in {@code sitrep.yaml} and in JSON: {@code drop-site}. */
    public String id() {
        return id;
    }

    /** Whether the bulletin's figures count events of this kind. */
    public boolean counted() {
        return counted;
    }

    public static Optional<BulletinKind> fromId(@Nullable String id) {
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
