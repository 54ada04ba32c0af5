package org.sitrep.app.weeks;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.bulletins.ArchiveEntries;
import org.sitrep.app.bulletins.ServedBulletins;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The weeks that have data (events, cases reported or closed, vulnerabilities published) or an issue in the archive,
 * newest first, each with its issue's state.
 */
@Component
class WeekListing {

    /**
     * One week. {@code state} is {@code none} (never rendered), {@code draft} or {@code published}; {@code revision}
     * the published revision (a draft's for a draft), {@code correction} a correction's draft revision.
     */
    record Week(
            String week,
            boolean hasData,
            String state,
            @Nullable Integer revision,
            @Nullable Instant publishedAt,
            @Nullable Integer correction) {}

    private static final SqlResources SQL = new SqlResources(WeekListing.class, "duckdb");

    private final JdbcClient jdbc;
    private final ServedBulletins served;

    WeekListing(DataSource store, ServedBulletins served) {
        this.jdbc = JdbcClient.create(store);
        this.served = served;
    }

    List<Week> weeks() throws SQLException, IOException {
        ZoneId zone = served.config().zone();
        SortedSet<IsoWeek> withData = new TreeSet<>();
        SortedSet<IsoWeek> straddling = new TreeSet<>();
        for (LocalDateTime hour : jdbc.sql(SQL.get("hours-with-records"))
                .query(LocalDateTime.class)
                .list()) {
            Instant start = UtcColumns.instant(hour);
            IsoWeek first = IsoWeek.containing(start, zone);
            IsoWeek last = IsoWeek.containing(start.plus(Duration.ofHours(1)).minusNanos(1000), zone);
            withData.add(first);
            if (!last.equals(first)) {
                // an hour across a week's start (a zone whose offset is not whole hours): the figures decide
                straddling.add(last);
            }
        }
        for (LocalDate day : jdbc.sql(SQL.get("days-with-vulnerabilities"))
                .query(LocalDate.class)
                .list()) {
            withData.add(IsoWeek.of(day));
        }
        List<ArchiveEntries.Entry> archive = ArchiveEntries.of(
                served.read((bulletins, connection) -> bulletins.archive().allRevisions()));
        Map<IsoWeek, ArchiveEntries.Entry> issues = new TreeMap<>();
        archive.forEach(entry -> issues.put(IsoWeek.parse(entry.week()), entry));
        for (IsoWeek week : straddling) {
            if (!withData.contains(week)
                    && served.read(
                            (bulletins, connection) -> bulletins.reports().hasData(week))) {
                withData.add(week);
            }
        }
        SortedSet<IsoWeek> all = new TreeSet<>(withData);
        all.addAll(issues.keySet());
        List<Week> weeks = new ArrayList<>();
        for (IsoWeek week : all.reversed()) {
            ArchiveEntries.Entry issue = issues.get(week);
            weeks.add(
                    issue == null
                            ? new Week(week.toString(), withData.contains(week), "none", null, null, null)
                            : new Week(
                                    week.toString(),
                                    withData.contains(week),
                                    issue.state(),
                                    issue.revision(),
                                    issue.publishedAt(),
                                    issue.correction()));
        }
        return weeks;
    }
}
