package org.sitrep.core.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * The week's events the bulletin does not count: those of a kind it leaves out ({@code vulnerable}, {@code ddos},
 * {@code other}) and those no rule of {@code bulletin_kinds} gave a kind. They are stored like every other event;
 * this says how many there are, so that nothing is dropped or miscounted unseen.
 */
public final class NotInBulletin {

    /** Events of one kind (or none) and classification type. */
    public record Row(@Nullable BulletinKind kind, String type, long events) {
        public Row {
            Objects.requireNonNull(type, "type");
        }
    }

    private static final SqlResources SQL = new SqlResources(NotInBulletin.class, "duckdb");

    private NotInBulletin() {}

    /** Largest first, then by kind and type. */
    public static List<Row> of(Connection connection, IsoWeek week, ZoneId zone) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("kinds_by_type"))) {
            statement.setTimestamp(1, UtcColumns.timestamp(week.start(zone)));
            statement.setTimestamp(2, UtcColumns.timestamp(week.end(zone)));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String stored = result.getString("kind");
                    Optional<BulletinKind> kind = BulletinKind.fromId(stored);
                    if (kind.isEmpty() || !kind.get().counted()) {
                        rows.add(new Row(kind.orElse(null), result.getString("type"), result.getLong("events")));
                    }
                }
            }
        }
        rows.sort(Comparator.comparingLong(Row::events)
                .reversed()
                .thenComparing(row -> row.kind() == null ? "~" : row.kind().id())
                .thenComparing(Row::type));
        return rows;
    }
}
