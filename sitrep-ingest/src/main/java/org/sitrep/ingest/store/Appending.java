package org.sitrep.ingest.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.UtcColumns;

/** Appends nullable values to a DuckDB appender row; DuckDB's own overloads take no nulls. */
final class Appending {
    private Appending() {}

    static void text(DuckDBAppender appender, @Nullable String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    static void bigint(DuckDBAppender appender, Long value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.longValue());
        }
    }

    static void decimal(DuckDBAppender appender, @Nullable Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    /** Times are stored as TIMESTAMP holding UTC. */
    static void timestamp(DuckDBAppender appender, @Nullable Instant value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(UtcColumns.value(value));
        }
    }

    static void date(DuckDBAppender appender, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
