package org.sitrep.app.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored cases as the API reads them, limited to one partner organisation's when asked. */
@Component
final class CaseViews {

    /** An organisation asked to act on a case, as the incident feed names it. */
    record Partner(String name, String kind, @Nullable String country) {}

    /**
     * A case. {@code organisations} are the partner organisations it is linked to (null for a partner user, who
     * sees only that it is linked to its own).
     */
    record CaseView(
            String id,
            @Nullable String title,
            String type,
            @Nullable String category,
            @Nullable String grade,
            Instant reportedAt,
            @Nullable String reporter,
            @Nullable String reporterCountry,
            @Nullable String channel,
            List<String> targets,
            List<String> targetCountries,
            boolean crossBorder,
            String infrastructureScope,
            String status,
            @Nullable Instant closedAt,
            @Nullable String sector,
            List<Partner> partners,
            @Nullable List<String> organisations) {}

    /** A page of cases; {@code more} says whether another page follows. */
    record CasePage(int page, int size, boolean more, List<CaseView> cases) {
        CasePage {
            cases = List.copyOf(cases);
        }
    }

    /** The filters of a case list; {@code partner} is the signed-in partner's organisation, or null for staff. */
    record CaseQuery(
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable String status,
            @Nullable String partner) {}

    private static final SqlResources SQL = new SqlResources(CaseViews.class, "duckdb");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Partner>> PARTNERS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    CaseViews(DataSource store) {
        this.jdbc = JdbcClient.create(store);
    }

    CasePage page(CaseQuery query, int page, int size) {
        List<CaseView> rows = select(null, query, size + 1, (long) page * size);
        boolean more = rows.size() > size;
        return new CasePage(page, size, more, more ? rows.subList(0, size) : rows);
    }

    /** The case, if it exists and the query's partner (if any) may see it. */
    Optional<CaseView> find(String id, @Nullable String partner) {
        return select(id, new CaseQuery(null, null, null, partner), 1, 0).stream()
                .findFirst();
    }

    private List<CaseView> select(@Nullable String id, CaseQuery query, int limit, long offset) {
        Map<String, @Nullable Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("id", id);
        parameters.put("from", query.from() == null ? null : UtcColumns.value(query.from()));
        parameters.put("to", query.to() == null ? null : UtcColumns.value(query.to()));
        parameters.put("status", query.status());
        parameters.put("partner", query.partner());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        boolean staff = query.partner() == null;
        return jdbc.sql(SQL.get("select-cases"))
                .params(parameters)
                .query((row, number) -> view(row, staff))
                .list();
    }

    private static CaseView view(ResultSet row, boolean staff) throws SQLException {
        LocalDateTime closed = row.getObject("closed_at", LocalDateTime.class);
        return new CaseView(
                row.getString("id"),
                row.getString("title"),
                row.getString("type"),
                row.getString("category"),
                row.getString("grade"),
                UtcColumns.instant(row.getObject("reported_at", LocalDateTime.class)),
                row.getString("reporter"),
                row.getString("reporter_country"),
                row.getString("channel"),
                list(row.getString("targets"), STRINGS),
                list(row.getString("target_countries"), STRINGS),
                row.getBoolean("cross_border"),
                row.getString("infrastructure_scope"),
                row.getString("status"),
                closed == null ? null : UtcColumns.instant(closed),
                row.getString("sector"),
                list(row.getString("partners"), PARTNERS),
                staff ? list(row.getString("organisations"), STRINGS) : null);
    }

    private static <T> List<T> list(@Nullable String json, TypeReference<List<T>> type) {
        return json == null || json.isBlank() || "null".equals(json) ? List.of() : JSON.readValue(json, type);
    }
}
