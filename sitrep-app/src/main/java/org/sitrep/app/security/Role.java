package org.sitrep.app.security;

import java.util.Locale;

/**
 * Who a user is to Sitrep. Every endpoint names the roles that may call it ({@link Access}); a partner user belongs
 * to a partner organisation and sees only what concerns it.
 */
public enum Role {
    /** Everything, and users, tokens and the audit trail. */
    ADMIN,
    /** Ingest, events, cases. */
    ANALYST,
    /** Cases, partners, notifications. */
    COORDINATOR,
    /** Bulletin review, the assessment override, publishing. */
    EDITOR,
    /** Reads what the staff read; changes nothing. */
    VIEWER,
    /** A partner organisation's user: its own cases and the events of its constituency, nothing else. */
    PARTNER;

    /** The role's name in the API, the store and the command line: {@code admin}, {@code analyst} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority for the role ({@code ROLE_ADMIN} …). */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role named {@code id}; an unknown name is refused with the known ones. */
    public static Role of(String id) {
        for (Role role : values()) {
            if (role.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "'; the roles are admin, analyst, coordinator,"
                + " editor, viewer and partner");
    }
}
