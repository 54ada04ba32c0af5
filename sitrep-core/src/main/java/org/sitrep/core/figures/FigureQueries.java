package org.sitrep.core.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.store.SqlResources;

/** Runs the figure statements (resource files beside this class) with named parameters. */
final class FigureQueries {

    /** The key a distribution gives rows whose grouping value is null. */
    static final String UNKNOWN = "unknown";

    /** The column naming the week of a row in statements over a {@link WeekSpan}. */
    static final String WEEK_INDEX = "week_index";

    private final Connection connection;
    private final SqlResources resources;
    private final Map<String, Object> fixed;
    private final Map<String, NamedSql> parsed = new ConcurrentHashMap<>();

    FigureQueries(Connection connection, FigureSettings settings) {
        this.connection = connection;
        this.resources = new SqlResources(FigureQueries.class, settings.dialect());
        this.fixed = Map.of("home", settings.homeCountry(), "worms", settings.wormParameter());
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    <T> List<T> rows(String name, WeekWindow window, RowReader<T> reader) {
        return rows(name, window.parameters(), window.week().toString(), reader);
    }

    <T> List<T> rows(String name, WeekSpan span, RowReader<T> reader) {
        return rows(
                name,
                span.parameters(),
                span.week(0).week() + ".." + span.last().week(),
                reader);
    }

    private <T> List<T> rows(String name, Map<String, Object> parameters, String weeks, RowReader<T> reader) {
        NamedSql sql = parsed.computeIfAbsent(name, key -> NamedSql.parse(resources.get(key)));
        Map<String, Object> values = new HashMap<>(fixed);
        values.putAll(parameters);
        try (PreparedStatement statement = connection.prepareStatement(sql.jdbc())) {
            for (int i = 0; i < sql.names().size(); i++) {
                String parameter = sql.names().get(i);
                if (!values.containsKey(parameter)) {
                    throw new IllegalStateException("statement " + name + " uses unknown parameter :" + parameter);
                }
                statement.setObject(i + 1, values.get(parameter));
            }
            try (ResultSet result = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (result.next()) {
                    out.add(reader.read(result));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new FigureException("figure statement " + name + " failed for " + weeks, e);
        }
    }

    /**
     * The rows of a statement grouped by week ({@code week_index} column), each row's other columns read as counts
     * (column label in lower case; SQL NULL reads as 0). A week without rows is absent.
     */
    Map<Integer, Map<String, Long>> countsByWeek(String name, WeekSpan span) {
        Map<Integer, Map<String, Long>> byWeek = new HashMap<>();
        for (Map<String, Long> row : rows(name, span, FigureQueries::countsOf)) {
            Map<String, Long> counts = new HashMap<>(row);
            byWeek.put(
                    Objects.requireNonNull(counts.remove(WEEK_INDEX), WEEK_INDEX)
                            .intValue(),
                    counts);
        }
        return byWeek;
    }

    /**
     * A two-week distribution statement's entries by week ({@code week_index} 0 = last week, 1 = this week; both
     * always present), each sorted as {@link #entries}.
     */
    List<List<Distribution.Entry>> entriesByWeek(String name, WeekSpan span) {
        List<List<Distribution.Entry>> byWeek = List.of(new ArrayList<>(), new ArrayList<>());
        for (WeekEntry row : rows(name, span, row -> new WeekEntry(row.getInt(WEEK_INDEX), entryOf(row)))) {
            byWeek.get(row.weekIndex()).add(row.entry());
        }
        return List.of(sorted(byWeek.get(0)), sorted(byWeek.get(1)));
    }

    private record WeekEntry(int weekIndex, Distribution.Entry entry) {}

    /** The single row of an aggregate statement, column label (lower case) to count; SQL NULL reads as 0. */
    Map<String, Long> counts(String name, WeekWindow window) {
        return rows(name, window, FigureQueries::countsOf).getFirst();
    }

    /**
     * A distribution statement's rows of {@code (item, total)}, largest first, ties by key in code-point order (sorted
     * here too, since engines collate text differently).
     */
    List<Distribution.Entry> entries(String name, WeekWindow window) {
        return sorted(new ArrayList<>(rows(name, window, FigureQueries::entryOf)));
    }

    private static Distribution.Entry entryOf(ResultSet row) throws SQLException {
        return new Distribution.Entry(keyOf(row.getString("item")), row.getLong("total"));
    }

    private static List<Distribution.Entry> sorted(List<Distribution.Entry> entries) {
        entries.sort(
                Comparator.comparingLong(Distribution.Entry::count).reversed().thenComparing(Distribution.Entry::key));
        return entries;
    }

    /** The {@code item} column of every row. */
    List<String> items(String name, WeekWindow window) {
        return rows(name, window, row -> row.getString("item"));
    }

    static String keyOf(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    private static Map<String, Long> countsOf(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Long> counts = new HashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            counts.put(meta.getColumnLabel(column).toLowerCase(Locale.ROOT), row.getLong(column));
        }
        return counts;
    }
}
