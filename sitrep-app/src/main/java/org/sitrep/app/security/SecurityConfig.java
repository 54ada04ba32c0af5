package org.sitrep.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sitrep.app.server.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Deny by default: a request is signed in (a bearer token, or a browser session) unless it is
 * for health, the login page or the API's own description; each endpoint then says which roles may call it with
 * {@code @PreAuthorize} ({@link Access}). Failures answer as problem details: 401 when nobody is signed in, 403
 * when the role may not; a browser asking for a page is sent to the login page instead.
 *
 * <p>Browser sessions sign in with a form ({@code /login}) and out with {@code POST /logout}; they carry a CSRF
 * token in the {@code XSRF-TOKEN} cookie, which a script sends back as {@code X-XSRF-TOKEN}. Requests with a bearer
 * token need none: no cookie is involved.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** The pages' content policy: only Sitrep's own scripts, styles and images; never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ApiTokens tokens, Users users, LoginFailures failures)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/login",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, failures), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionUserFilter(users), BearerTokenFilter.class)
                .formLogin(login -> login.failureHandler((request, response, failure) -> {
                    failures.password();
                    new SimpleUrlAuthenticationFailureHandler("/login?error")
                            .onAuthenticationFailure(request, response, failure);
                }))
                .logout(logout -> logout.deleteCookies("JSESSIONID", "XSRF-TOKEN"))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(BearerTokenFilter::presentsToken))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        // sent only on requests that came over TLS (directly, or as a proxy's forwarded headers say)
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(365L * 24 * 3600)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .httpBasic(AbstractHttpConfigurer::disable)
                // a default entry point rather than the entry point, so that Spring Security still makes the login page
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                SecurityConfig::unauthenticated, SecurityConfig::isApi)
                        .accessDeniedHandler(SecurityConfig::denied));
        return http.build();
    }

    /**
     * 403 for a signed-in caller whose role may not, or whose session's request lacks its CSRF token; a request of
     * nobody (the CSRF check comes before signing in) is 401, as it is everywhere else.
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !(caller.getPrincipal() instanceof SitrepPrincipal)) {
            unauthenticated(request, response, new InsufficientAuthenticationException("nobody is signed in"));
        } else if (denied instanceof CsrfException) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "csrf",
                            "a browser session's change needs the XSRF-TOKEN cookie's value as X-XSRF-TOKEN"));
        } else {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "forbidden",
                            "your role may not do this (" + request.getMethod() + " " + request.getRequestURI() + ")"));
        }
    }

    /**
     * 401 as a problem: for the API and the actuator always, and for any request that is not a browser's asking for
     * a page (which the login form's entry point sends to {@code /login}).
     */
    private static void unauthenticated(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        Problems.write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "sign in, or send Authorization: Bearer with an API token"));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/");
    }

    /**
     * The one way to sign in with a password. Being a bean, it also keeps Spring Boot from making an in-memory user
     * with a generated password (and logging it).
     */
    @Bean
    AuthenticationProvider passwordAuthentication(Users users) {
        return new PasswordAuthentication(users);
    }
}
