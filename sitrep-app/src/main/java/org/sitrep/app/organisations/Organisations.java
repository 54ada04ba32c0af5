package org.sitrep.app.organisations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.events.AsNumber;
import org.sitrep.app.events.Network;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner organisations (registrars, hosting and cloud providers, app stores, regional branches, other CERTs; a
 * partner user belongs to one) and their constituency: the ASNs, networks, domains and countries whose events a
 * partner user sees. Entries are kept in the form events are compared in ({@code 4134}, {@code 10.0.0.0/8},
 * {@code example.cn}, {@code CN}), so that an entry either matches or is refused when it is added.
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

    /** One entry of a constituency. */
    public record Entry(String kind, String value) {}

    /** An organisation as listed. */
    public record Organisation(
            String id,
            String name,
            String kind,
            @Nullable String country,
            Instant createdAt,
            List<Entry> constituency) {}

    private static final SqlResources SQL = new SqlResources(Organisations.class, "duckdb");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {};
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}-]{1,63}(\\.[\\p{L}\\p{N}-]{1,63})+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

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
        return new Organisation(id, name.strip(), kind.id(), code, now, List.of());
    }

    public boolean exists(String id) {
        Long count = jdbc.sql(SQL.get("count-organisation"))
                .param("id", id)
                .query(Long.class)
                .single();
        return count > 0;
    }

    /** Every organisation. */
    public List<Organisation> list() {
        return list(null);
    }

    /** Every organisation, or only {@code id} when it is given. */
    public List<Organisation> list(@Nullable String id) {
        return jdbc.sql(SQL.get("select-organisations"))
                .param("id", id)
                .query((row, number) -> new Organisation(
                        row.getString("id"),
                        row.getString("name"),
                        row.getString("kind"),
                        row.getString("country"),
                        UtcColumns.instant(row.getObject("created_at", LocalDateTime.class)),
                        entries(row.getString("constituency"))))
                .list();
    }

    public Optional<Organisation> find(String id) {
        return list(id).stream().findFirst();
    }

    /** Adds an entry (checked and put in canonical form first); false when it was there already. */
    public boolean add(String organisationId, Entry entry) {
        Entry checked = canonical(entry);
        return jdbc.sql(SQL.get("insert-constituency"))
                        .param("organisation", organisationId)
                        .param("kind", checked.kind())
                        .param("value", checked.value())
                        .update()
                > 0;
    }

    /** The entry in the form events are compared in; a value of its kind that is not well formed is refused. */
    public static Entry canonical(Entry entry) {
        String value = entry.value().strip();
        return switch (entry.kind().strip().toLowerCase(Locale.ROOT)) {
            case "asn" -> {
                long number = AsNumber.parse(value)
                        .orElseThrow(() -> new IllegalArgumentException("value: not an AS number: " + value));
                yield new Entry("asn", String.valueOf(number));
            }
            case "cidr" -> new Entry("cidr", Network.of("value", value).canonical());
            case "domain" -> {
                String domain = value.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
                if (!DOMAIN.matcher(domain).matches()) {
                    throw new IllegalArgumentException("value: not a domain name: " + value);
                }
                yield new Entry("domain", domain);
            }
            case "country" -> {
                String country = value.toUpperCase(Locale.ROOT);
                if (!COUNTRY.matcher(country).matches()) {
                    throw new IllegalArgumentException("value: not an ISO 3166-1 alpha-2 country code: " + value);
                }
                yield new Entry("country", country);
            }
            default ->
                throw new IllegalArgumentException(
                        "kind must be asn, cidr, domain or country, not '" + entry.kind() + "'");
        };
    }

    private static List<Entry> entries(@Nullable String json) {
        return json == null || json.isBlank() || "null".equals(json) ? List.of() : JSON.readValue(json, ENTRIES);
    }
}
