package org.sitrep.core.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * The analysts' overrides of the weekly rating, in the store's {@code assessment_overrides} table, and of the
 * vulnerability threat level, in {@code vulnerability_level_overrides}. Every override is kept as the audit trail;
 * the latest of a week applies. Times are stored as UTC timestamps.
 */
public final class AssessmentOverrides {

    private static final SqlResources SQL = new SqlResources(AssessmentOverrides.class, "duckdb");

    private final Connection connection;

    /** Over a connection to a store migrated to the current schema. */
    public AssessmentOverrides(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection is required");
    }

    /** Records an override of the week and the band computed when it was made. */
    public void record(IsoWeek week, BandOverride override, Band computedBand) throws SQLException {
        insert(
                "insert-override",
                week,
                override.band().id(),
                override.reason(),
                override.analyst(),
                override.at(),
                computedBand == null ? null : computedBand.id());
    }

    /** The override that applies to the week: the latest one, if any. */
    public Optional<BandOverride> latest(IsoWeek week) throws SQLException {
        List<Recorded> all = history(week);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast().override());
    }

    /** Every override of the week, oldest first. */
    public List<Recorded> history(IsoWeek week) throws SQLException {
        List<Recorded> recorded = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("overrides-of-week"))) {
            statement.setString(1, week.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.add(read(rows));
                }
            }
        }
        return recorded;
    }

    /** Records an override of the week's vulnerability threat level and the level computed when it was made. */
    public void recordLevel(IsoWeek week, LevelOverride override, VulnerabilityLevel computedLevel)
            throws SQLException {
        insert(
                "insert-level-override",
                week,
                override.level().id(),
                override.reason(),
                override.analyst(),
                override.at(),
                computedLevel == null ? null : computedLevel.id());
    }

    /** One override row: the week, what the analyst set, why, who, when, and what had been computed. */
    private void insert(
            String sql,
            IsoWeek week,
            String value,
            String reason,
            String analyst,
            Instant at,
            @Nullable String computed)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL.get(sql))) {
            statement.setString(1, week.toString());
            statement.setString(2, value);
            statement.setString(3, reason);
            statement.setString(4, analyst);
            statement.setObject(5, UtcColumns.value(at));
            statement.setString(6, computed);
            statement.executeUpdate();
        }
    }

    /** The level override that applies to the week: the latest one, if any. */
    public Optional<LevelOverride> latestLevel(IsoWeek week) throws SQLException {
        LevelOverride latest = null;
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("level-overrides-of-week"))) {
            statement.setString(1, week.toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    latest = new LevelOverride(
                            VulnerabilityLevel.valueOf(rows.getString("level").toUpperCase(Locale.ROOT)),
                            rows.getString("reason"),
                            rows.getString("analyst"),
                            UtcColumns.instant(rows.getObject("created_at", LocalDateTime.class)));
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Recorded read(ResultSet rows) throws SQLException {
        BandOverride override = new BandOverride(
                band(rows.getString("band")),
                rows.getString("reason"),
                rows.getString("analyst"),
                UtcColumns.instant(rows.getObject("created_at", LocalDateTime.class)));
        String computed = rows.getString("computed_band");
        return new Recorded(IsoWeek.parse(rows.getString("week")), override, computed == null ? null : band(computed));
    }

    private static Band band(String id) {
        return Band.valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** One stored override with the band that had been computed when it was made ({@code null} if unknown). */
    public record Recorded(
            IsoWeek week, BandOverride override, @Nullable Band computedBand) {
        public Recorded {
            Objects.requireNonNull(week, "week is required");
            Objects.requireNonNull(override, "override is required");
        }
    }
}
