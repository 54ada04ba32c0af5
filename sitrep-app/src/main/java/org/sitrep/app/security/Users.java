package org.sitrep.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The users of the store: name, role, a partner user's organisation; passwords only as salted hashes. */
public final class Users {

    /** A user as listed: never the password hash. */
    public record User(
            String username, Role role, @Nullable String organisationId, boolean disabled, Instant createdAt) {}

    private static final SqlResources SQL = new SqlResources(Users.class, "duckdb");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    private static final int MIN_PASSWORD = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String unknownUsersHash;

    public Users(DataSource store, Clock clock) {
        this(store, PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    Users(DataSource store, PasswordEncoder encoder, Clock clock) {
        this.jdbc = JdbcClient.create(store);
        this.encoder = encoder;
        this.clock = clock;
        this.unknownUsersHash = Objects.requireNonNull(encoder.encode("no user has this password"));
    }

    /** Adds a user; a partner user must name its organisation, a staff user must not. */
    public User add(String username, String password, Role role, @Nullable String organisationId) {
        if (!NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a user name is 1 to 64 of a-z 0-9 . _ @ -, starting with a letter or"
                    + " digit; '" + username + "' is not");
        }
        checkPassword(password);
        if ((role == Role.PARTNER) != (organisationId != null)) {
            throw new IllegalArgumentException(
                    role == Role.PARTNER
                            ? "a partner user belongs to an organisation: give --organisation"
                            : "only a partner user belongs to an organisation");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("there is already a user '" + username + "'");
        }
        Instant now = clock.instant();
        jdbc.sql(SQL.get("insert-user"))
                .param("username", username)
                .param("passwordHash", encoder.encode(password))
                .param("role", role.id())
                .param("organisationId", organisationId)
                .param("createdAt", UtcColumns.value(now))
                .update();
        return new User(username, role, organisationId, false, now);
    }

    public Optional<User> find(String username) {
        return jdbc.sql(SQL.get("select-user"))
                .param("username", username)
                .query(Users::user)
                .optional();
    }

    public List<User> list() {
        return jdbc.sql(SQL.get("select-users")).query(Users::user).list();
    }

    public boolean isEmpty() {
        Long count = jdbc.sql(SQL.get("count-users")).query(Long.class).single();
        return count == 0;
    }

    /** Disables (or enables again) a user; its sessions and tokens stop working at their next request. */
    public boolean setDisabled(String username, boolean disabled) {
        return jdbc.sql(SQL.get("update-user-disabled"))
                        .param("username", username)
                        .param("disabled", disabled)
                        .update()
                > 0;
    }

    public boolean setPassword(String username, String password) {
        checkPassword(password);
        return jdbc.sql(SQL.get("update-user-password"))
                        .param("username", username)
                        .param("passwordHash", encoder.encode(password))
                        .update()
                > 0;
    }

    /** The user, if the password is its password and it is not disabled. */
    public Optional<User> check(String username, String password) {
        Optional<String> hash = jdbc.sql(SQL.get("select-user"))
                .param("username", username)
                .query((row, number) -> row.getString("password_hash"))
                .optional();
        if (hash.isEmpty()) {
            encoder.matches(password, unknownUsersHash); // as slow as a known user's check: names are not told apart
            return Optional.empty();
        }
        if (!encoder.matches(password, hash.get())) {
            return Optional.empty();
        }
        return find(username).filter(user -> !user.disabled());
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
        }
    }

    private static User user(ResultSet row, int number) throws SQLException {
        return new User(
                row.getString("username"),
                Role.of(row.getString("role")),
                row.getString("organisation_id"),
                row.getBoolean("disabled"),
                UtcColumns.instant(row.getObject("created_at", LocalDateTime.class)));
    }
}
