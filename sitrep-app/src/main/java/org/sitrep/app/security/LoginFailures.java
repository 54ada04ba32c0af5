package org.sitrep.app.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, as the metric {@code sitrep.login.failures} by {@code method} ({@code password} for the login
 * form, {@code token} for a bearer token that is unknown, expired or revoked). They are not audit rows: nothing
 * changed, and a flood of them must not grow the store.
 */
@Component
public class LoginFailures {

    public static final String METRIC = "sitrep.login.failures";

    private final Counter password;
    private final Counter token;

    LoginFailures(MeterRegistry registry) {
        this.password = counter(registry, "password");
        this.token = counter(registry, "token");
    }

    private static Counter counter(MeterRegistry registry, String method) {
        return Counter.builder(METRIC)
                .description("Failed sign-ins: a wrong password or an unusable bearer token")
                .tag("method", method)
                .register(registry);
    }

    void password() {
        password.increment();
    }

    void token() {
        token.increment();
    }
}
