package org.sitrep.app.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.sitrep.app.audit.AuditTrail;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The first start on a store without users makes {@code admin} with a random password and says once, on standard
 * error (never in the log), how to sign in and how to change it. The store keeps only the password's hash.
 */
@Component
class FirstStart {

    static final String ADMIN = "admin";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Users users;
    private final AuditTrail audit;

    FirstStart(Users users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!users.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        users.add(ADMIN, password, Role.ADMIN, null);
        audit.record("sitrep", "user.add", ADMIN, "role admin, made at the first start", "server");
        String url = url(event);
        PrintStream err = System.err;
        err.println("sitrep: first start: there was no user, so there is now one. Sign in at " + url + "login as "
                + ADMIN + " with the password " + password);
        err.println("sitrep: this password is shown only now; change it at once with POST " + url
                + "api/v1/me/password (or `sitrep users passwd " + ADMIN + "` while the server is stopped)");
        err.flush();
    }

    private static String url(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String host = web.getEnvironment().getProperty("server.address", "127.0.0.1");
            return "http://" + host + ":"
                    + Objects.requireNonNull(web.getWebServer()).getPort() + "/";
        }
        return "/";
    }
}
