package org.sitrep.app.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Form login over {@link Users#check}: the session's principal is a {@link SitrepPrincipal}, as a token's is, so
 * that {@link CurrentUser#get()} works for both. A wrong password, an unknown user and a disabled one get the same
 * answer.
 */
final class PasswordAuthentication implements AuthenticationProvider {

    private final Users users;

    PasswordAuthentication(Users users) {
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || !(credentials instanceof String password)) {
            throw new BadCredentialsException("no user name or password");
        }
        Users.User user = users.check(username, password)
                .orElseThrow(() -> new BadCredentialsException("wrong user name or password"));
        SitrepPrincipal principal = new SitrepPrincipal(user.username(), user.role(), user.organisationId(), null);
        return UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
