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
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.core.store.SqlResources;

/** Runs the figure statements (resource files beside this class) with named parameters. */
final class FigureQueries {

    /** The key a distribution gives rows whose grouping value is null. */
    static final String UNKNOWN = "unknown";

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
        NamedSql sql = parsed.computeIfAbsent(name, key -> NamedSql.parse(resources.get(key)));
        Map<String, Object> values = new HashMap<>(fixed);
        values.putAll(window.parameters());
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
            throw new FigureException("figure statement " + name + " failed for " + window.week(), e);
        }
    }

    /** The single row of an aggregate statement, column label (lower case) to count; SQL NULL reads as 0. */
    Map<String, Long> counts(String name, WeekWindow window) {
        return rows(name, window, FigureQueries::countsOf).getFirst();
    }

    /**
     * A distribution statement's rows of {@code (item, total)}, largest first, ties by key in code-point order (sorted
     * here too, since engines collate text differently).
     */
    List<Distribution.Entry> entries(String name, WeekWindow window) {
        List<Distribution.Entry> entries = new ArrayList<>(
                rows(name, window, row -> new Distribution.Entry(keyOf(row.getString("item")), row.getLong("total"))));
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
