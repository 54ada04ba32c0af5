package org.sitrep.app.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Partner organisations: registrars, hosting and cloud providers, app stores, regional branches, other CERTs. A
 * partner user belongs to one; its constituency (ASNs, networks, domains) is kept beside it.
 */
public final class Organisations {

    /** What kind of partner an organisation is. */
    public enum Kind {
        REGISTRAR,
        HOSTING,
        CLOUD,
        ISP,
        APP_STORE,
        BRANCH,
        CERT,
        OTHER;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown organisation kind '" + id + "'; the kinds are registrar,"
                    + " hosting, cloud, isp, app-store, branch, cert and other");
        }
    }

    public record Organisation(
            String id, String name, Kind kind, @Nullable String country, Instant createdAt) {}

    private static final SqlResources SQL = new SqlResources(Organisations.class, "duckdb");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final JdbcClient jdbc;
    private final Clock clock;

    public Organisations(DataSource store, Clock clock) {
        this.jdbc = JdbcClient.create(store);
        this.clock = clock;
    }

    /** Adds an organisation; {@code country} is an ISO 3166-1 alpha-2 code. */
    public Organisation add(String id, String name, Kind kind, @Nullable String country) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an organisation id is 1 to 64 of a-z 0-9 . _ -, starting with a"
                    + " letter or digit; '" + id + "' is not");
        }
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("an organisation's name has 1 to 200 characters");
        }
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && !COUNTRY.matcher(code).matches()) {
            throw new IllegalArgumentException("a country is a two-letter ISO 3166 code, not '" + country + "'");
        }
        if (exists(id)) {
            throw new IllegalArgumentException("there is already an organisation '" + id + "'");
        }
        Instant now = clock.instant();
        jdbc.sql(SQL.get("insert-organisation"))
                .param("id", id)
                .param("name", name.strip())
                .param("kind", kind.id())
                .param("country", code)
                .param("createdAt", UtcColumns.value(now))
                .update();
        return new Organisation(id, name.strip(), kind, code, now);
    }

    public boolean exists(String id) {
        Long count = jdbc.sql(SQL.get("count-organisation"))
                .param("id", id)
                .query(Long.class)
                .single();
        return count > 0;
    }

    public List<Organisation> list() {
        return jdbc.sql(SQL.get("select-organisations"))
                .query((row, number) -> new Organisation(
                        row.getString("id"),
                        row.getString("name"),
                        Kind.of(row.getString("kind")),
                        row.getString("country"),
                        UtcColumns.instant(row.getObject("created_at", LocalDateTime.class))))
                .list();
    }
}
