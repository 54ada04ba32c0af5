package org.sitrep.app.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail: every change (ingest, override, publish, case change, user or token change) with who made it,
 * when and from where. Rows are only added; nothing in Sitrep updates or deletes them.
 */
public final class AuditTrail {

    /** One change on the record. {@code source} is the client's address, or {@code cli} for the command line. */
    public record Entry(
            long seq,
            Instant at,
            String actor,
            String action,
            @Nullable String target,
            @Nullable String detail,
            @Nullable String source) {}

    private static final SqlResources SQL = new SqlResources(AuditTrail.class, "duckdb");

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(DataSource store, Clock clock) {
        this.jdbc = JdbcClient.create(store);
        this.clock = clock;
    }

    /** Records a change; {@code action} is a dotted name such as {@code token.revoke} or {@code bulletin.publish}. */
    public void record(
            String actor, String action, @Nullable String target, @Nullable String detail, @Nullable String source) {
        jdbc.sql(SQL.get("insert-audit"))
                .param("at", UtcColumns.value(clock.instant()))
                .param("actor", actor)
                .param("action", action)
                .param("target", target)
                .param("detail", detail)
                .param("source", source)
                .update();
    }

    /** The entries after {@code after} (0 for the first), oldest first, at most {@code limit}, of one action or all. */
    public List<Entry> after(long after, @Nullable String action, int limit) {
        return jdbc.sql(SQL.get("select-audit"))
                .param("after", after)
                .param("action", action)
                .param("limit", limit)
                .query((row, number) -> new Entry(
                        row.getLong("seq"),
                        UtcColumns.instant(row.getObject("occurred_at", LocalDateTime.class)),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("target"),
                        row.getString("detail"),
                        row.getString("source")))
                .list();
    }
}
