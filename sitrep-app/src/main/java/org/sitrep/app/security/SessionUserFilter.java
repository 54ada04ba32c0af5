package org.sitrep.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session holds its user only while the user is still enabled with the role it signed in with: a user
 * disabled (or given another role) since is signed out at its next request, which then goes on as anonymous.
 */
final class SessionUserFilter extends OncePerRequestFilter {

    private final Users users;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionUserFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SitrepPrincipal principal
                && principal.tokenId() == null
                && !stillValid(principal)) {
            contexts.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(SitrepPrincipal principal) {
        return users.find(principal.username())
                .filter(user -> !user.disabled() && user.role() == principal.role())
                .isPresent();
    }
}
