package org.sitrep.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller of the current request, whether it came with a token or a browser session. */
public final class CurrentUser {

    private CurrentUser() {}

    /** The caller; only called behind {@code @PreAuthorize}, so somebody is signed in. */
    public static SitrepPrincipal get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SitrepPrincipal principal) {
            return principal;
        }
        throw new IllegalStateException("no Sitrep user is signed in on this request");
    }
}
