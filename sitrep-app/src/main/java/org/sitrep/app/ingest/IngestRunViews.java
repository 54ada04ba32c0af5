package org.sitrep.app.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.ingest.store.RunCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The store's ingest runs and their reject log, as the API lists them. */
@Component
final class IngestRunViews {

    /** A run: one input file read once, its status ({@code running}, {@code completed}, …) and counts. */
    record Run(
            long id,
            String file,
            String digest,
            @Nullable String format,
            Instant startedAt,
            @Nullable Instant finishedAt,
            RunCounts counts,
            String status) {}

    /** One refused record: where it was and why. */
    record Reject(String file, long line, @Nullable String field, String code, String detail) {}

    record Page<T>(int page, int size, boolean more, List<T> items) {
        Page {
            items = List.copyOf(items);
        }

        static <T> Page<T> of(int page, int size, List<T> rows) {
            boolean more = rows.size() > size;
            return new Page<>(page, size, more, more ? rows.subList(0, size) : rows);
        }
    }

    private static final SqlResources SQL = new SqlResources(IngestRunViews.class, "duckdb");

    private final JdbcClient jdbc;

    IngestRunViews(DataSource store) {
        this.jdbc = JdbcClient.create(store);
    }

    Page<Run> runs(int page, int size) {
        return Page.of(page, size, select(null, size + 1, (long) page * size));
    }

    Optional<Run> run(long id) {
        return select(id, 1, 0).stream().findFirst();
    }

    Page<Reject> rejects(long run, int page, int size) {
        List<Reject> rows = jdbc.sql(SQL.get("select-rejects"))
                .param("run", run)
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query((row, number) -> new Reject(
                        row.getString("file"),
                        row.getLong("line"),
                        row.getString("field"),
                        row.getString("code"),
                        row.getString("detail")))
                .list();
        return Page.of(page, size, rows);
    }

    private List<Run> select(@Nullable Long id, int limit, long offset) {
        return jdbc.sql(SQL.get("select-runs"))
                .param("id", id)
                .param("limit", limit)
                .param("offset", offset)
                .query(IngestRunViews::run)
                .list();
    }

    private static Run run(ResultSet row, int number) throws SQLException {
        LocalDateTime finished = row.getObject("finished_at", LocalDateTime.class);
        return new Run(
                row.getLong("id"),
                row.getString("file"),
                row.getString("digest"),
                row.getString("format"),
                UtcColumns.instant(row.getObject("started_at", LocalDateTime.class)),
                finished == null ? null : UtcColumns.instant(finished),
                new RunCounts(
                        row.getLong("read_count"),
                        row.getLong("accepted_count"),
                        row.getLong("duplicate_count"),
                        0,
                        row.getLong("skipped_count"),
                        row.getLong("rejected_count")),
                row.getString("status"));
    }
}
