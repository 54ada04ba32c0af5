package org.sitrep.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.server.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * API tokens: everyone makes, lists and revokes their own; an admin those of anyone. A token never acts above the
 * caller: a non-admin makes one of its own role, or a read-only viewer token.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "tokens", description = "API tokens (Authorization: Bearer)")
class TokensController {

    /** A token as listed: never its secret, which the store does not have. */
    record TokenView(
            String id,
            String name,
            String user,
            String role,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable String revokedBy) {
        static TokenView of(ApiTokens.Token token) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    token.username(),
                    token.role().id(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.revokedAt(),
                    token.revokedBy());
        }
    }

    /** A token to make: for {@code user} (default: you), acting as {@code role} (default: the user's). */
    record NewTokenRequest(
            @Nullable String user,
            @Nullable String role,
            @Nullable String name,
            @Nullable String expires) {}

    /** A token just made, with its secret: shown in this response only. */
    record CreatedToken(
            String id,
            String secret,
            String user,
            String role,
            String name,
            @Nullable Instant expiresAt) {}

    private static final int LONGEST_NAME = 100;

    private final ApiTokens tokens;
    private final Users users;
    private final AuditTrail audit;

    TokensController(ApiTokens tokens, Users users, AuditTrail audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    @Operation(summary = "Your tokens (an admin: everyone's), revoked and expired ones too")
    List<TokenView> list() {
        SitrepPrincipal caller = CurrentUser.get();
        return tokens.list().stream()
                .filter(token -> caller.role() == Role.ADMIN || token.username().equals(caller.username()))
                .map(TokenView::of)
                .toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ANYONE)
    @Operation(
            summary = "Makes a token; its secret is in this response only",
            description = "user (admins only, default: you), role (default: the user's; viewer for a read-only"
                    + " token), name, expires (90d, 12h, 30m or never; default 90d).")
    ResponseEntity<CreatedToken> create(@RequestBody NewTokenRequest body, HttpServletRequest request) {
        SitrepPrincipal caller = CurrentUser.get();
        String username = body.user() == null ? caller.username() : body.user();
        Users.User user = users.find(username)
                .orElseThrow(() -> new IllegalArgumentException("there is no user '" + username + "'"));
        Role role = body.role() == null ? user.role() : Role.of(body.role());
        mayCreate(caller, username, role);
        String name = body.name() == null ? "api" : body.name().strip();
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("a token's name has 1 to " + LONGEST_NAME + " characters");
        }
        ApiTokens.NewToken made = tokens.create(username, role, name, TokenLifetime.parse(body.expires()));
        audit.record(
                caller.username(),
                "token.create",
                made.id(),
                "for " + username + " as " + role.id() + ", " + expiry(made.expiresAt()),
                request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + made.id()))
                .body(new CreatedToken(made.id(), made.secret(), username, role.id(), name, made.expiresAt()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(Access.ANYONE)
    @Operation(summary = "Revokes a token (yours; an admin: anyone's); it stops working at once")
    ResponseEntity<?> revoke(@PathVariable String id, HttpServletRequest request) {
        SitrepPrincipal caller = CurrentUser.get();
        Optional<ApiTokens.Token> token = tokens.find(id)
                .filter(found -> caller.role() == Role.ADMIN || found.username().equals(caller.username()));
        if (token.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-token", "you have no token " + id));
        }
        if (!tokens.revoke(id, caller.username())) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Problems.of(HttpStatus.CONFLICT, "token-revoked", "token " + id + " was revoked already"));
        }
        audit.record(
                caller.username(),
                "token.revoke",
                id,
                "of " + token.get().username() + " (" + token.get().name() + ")",
                request.getRemoteAddr());
        return ResponseEntity.ok(TokenView.of(tokens.find(id).orElseThrow()));
    }

    /** A non-admin makes tokens for itself only, of its own role or viewer, so that a token never raises a role. */
    private static void mayCreate(SitrepPrincipal caller, String username, Role role) {
        if (caller.role() == Role.ADMIN) {
            return;
        }
        if (!caller.username().equals(username)) {
            throw new AccessDeniedException("only an admin makes tokens for another user");
        }
        if (role != caller.role() && !(role == Role.VIEWER && caller.role() != Role.PARTNER)) {
            throw new AccessDeniedException(
                    "a token acts as your role (" + caller.role().id() + ") or viewer");
        }
    }

    static String expiry(@Nullable Instant expiresAt) {
        return expiresAt == null ? "never expires" : "expires " + expiresAt;
    }
}
