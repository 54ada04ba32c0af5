package org.sitrep.app.security;

import java.security.Principal;
import org.jspecify.annotations.Nullable;

/**
 * The one calling: a user with a role, a partner user's organisation, and the token it came with (null for a
 * browser session).
 */
public record SitrepPrincipal(
        String username,
        Role role,
        @Nullable String organisationId,
        @Nullable String tokenId) implements Principal {

    @Override
    public String getName() {
        return username;
    }

    /** True for a partner user: what it sees is limited to {@link #organisationId()}. */
    public boolean isPartner() {
        return role == Role.PARTNER;
    }
}
