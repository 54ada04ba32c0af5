package org.sitrep.app.security;

import org.sitrep.app.server.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what. Deny by default: a request is signed in (a bearer token, or a browser session) unless it is
 * for health, the login page or the API's own description; each endpoint then says which roles may call it with
 * {@code @PreAuthorize} ({@link Access}). Failures answer as problem details: 401 when nobody is signed in, 403
 * when the role may not.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .httpBasic(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, failure) -> Problems.write(
                                        response,
                                        Problems.of(
                                                HttpStatus.UNAUTHORIZED,
                                                "unauthenticated",
                                                "sign in, or send Authorization: Bearer with an API token")))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(
                                response,
                                Problems.of(
                                        HttpStatus.FORBIDDEN,
                                        "forbidden",
                                        "your role may not do this (" + request.getMethod() + " "
                                                + request.getRequestURI() + ")"))));
        return http.build();
    }
}
