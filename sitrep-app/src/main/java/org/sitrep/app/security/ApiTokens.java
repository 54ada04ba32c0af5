package org.sitrep.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * API tokens ({@code Authorization: Bearer sitrep_…}): made for a user and a role, shown once, kept only as their
 * SHA-256 (a token is 256 random bits, so a fast hash is enough: there is nothing to guess), expiring and revocable.
 */
public final class ApiTokens {

    /** A token just made: the secret is in this object only, never in the store or a log. */
    public record NewToken(
            String id, String secret, Role role, @Nullable Instant expiresAt) {
        @Override
        public String toString() {
            return "NewToken[id=" + id + ", role=" + role + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** A token as listed. */
    public record Token(
            String id,
            String name,
            String username,
            Role role,
            Instant createdAt,
            @Nullable Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable String revokedBy) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** What every token starts with, so that a leaked one is recognised by secret scanners. */
    public static final String PREFIX = "sitrep_";

    private static final SqlResources SQL = new SqlResources(ApiTokens.class, "duckdb");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    public ApiTokens(DataSource store, Users users, Clock clock) {
        this.jdbc = JdbcClient.create(store);
        this.users = users;
        this.clock = clock;
    }

    /**
     * Makes a token for {@code username} acting as {@code role}: the user's own role, or {@code viewer} for a staff
     * user who wants a read-only token; an admin may make one of any role but partner.
     */
    public NewToken create(String username, Role role, String name, @Nullable Duration lifetime) {
        Users.User user = users.find(username)
                .filter(found -> !found.disabled())
                .orElseThrow(() -> new IllegalArgumentException("no enabled user '" + username + "'"));
        boolean allowed = role == user.role()
                || (role == Role.VIEWER && user.role() != Role.PARTNER)
                || (user.role() == Role.ADMIN && role != Role.PARTNER);
        if (!allowed) {
            throw new IllegalArgumentException(
                    "a token of " + username + " (" + user.role().id() + ") cannot act as " + role.id());
        }
        if (lifetime != null && (lifetime.isNegative() || lifetime.isZero())) {
            throw new IllegalArgumentException("a token's lifetime must be positive");
        }
        Instant now = clock.instant();
        Instant expires = lifetime == null ? null : now.plus(lifetime);
        String id = "tok_" + HexFormat.of().formatHex(random(6));
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        jdbc.sql(SQL.get("insert-token"))
                .param("id", id)
                .param("sha256", sha256(secret))
                .param("name", name)
                .param("username", username)
                .param("role", role.id())
                .param("createdAt", UtcColumns.value(now))
                .param("expiresAt", expires == null ? null : UtcColumns.value(expires))
                .update();
        return new NewToken(id, secret, role, expires);
    }

    /** Who a presented token stands for, if it is known, not expired, not revoked and its user is enabled. */
    public Optional<SitrepPrincipal> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 128) {
            return Optional.empty();
        }
        return jdbc.sql(SQL.get("select-valid-token"))
                .param("sha256", sha256(secret))
                .param("now", UtcColumns.value(clock.instant()))
                .query((row, number) -> new SitrepPrincipal(
                        row.getString("username"),
                        Role.of(row.getString("role")),
                        row.getString("organisation_id"),
                        row.getString("id")))
                .optional();
    }

    public List<Token> list() {
        return jdbc.sql(SQL.get("select-tokens")).query(ApiTokens::token).list();
    }

    public Optional<Token> find(String id) {
        return jdbc.sql(SQL.get("select-token"))
                .param("id", id)
                .query(ApiTokens::token)
                .optional();
    }

    /** Revokes a token; false when there is no such token or it was revoked already. */
    public boolean revoke(String id, String actor) {
        return jdbc.sql(SQL.get("revoke-token"))
                        .param("id", id)
                        .param("now", UtcColumns.value(clock.instant()))
                        .param("actor", actor)
                        .update()
                > 0;
    }

    private static Token token(ResultSet row, int number) throws SQLException {
        return new Token(
                row.getString("id"),
                row.getString("name"),
                row.getString("username"),
                Role.of(row.getString("role")),
                instant(row, "created_at"),
                nullableInstant(row, "expires_at"),
                nullableInstant(row, "revoked_at"),
                row.getString("revoked_by"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return UtcColumns.instant(row.getObject(column, LocalDateTime.class));
    }

    private static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcColumns.instant(value);
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
