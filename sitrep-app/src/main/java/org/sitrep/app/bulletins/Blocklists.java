package org.sitrep.app.bulletins;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.model.Blocklist;

/**
 * The week's malware download sites as published with the issue: their URLs, domains and addresses, sorted. Only
 * TLP:CLEAR material (and unmarked material when the configuration allows it) is published. For a published issue,
 * only the events of ingest runs started before it was published count: data that arrives later never changes a
 * published issue's blocklist or the counts its text gives of it. (A run started before the publication had also
 * ended by then: the store takes one command at a time.)
 */
final class Blocklists {

    private static final SqlResources SQL = new SqlResources(Blocklists.class, "duckdb");

    private Blocklists() {}

    static Blocklist of(
            Connection connection, IsoWeek week, ZoneId zone, boolean publishUnmarked, @Nullable Instant publishedAt)
            throws SQLException {
        TreeSet<String> urls = new TreeSet<>();
        TreeSet<String> domains = new TreeSet<>();
        TreeSet<String> ips = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL.get("week-drop-sites"))) {
            statement.setTimestamp(1, UtcColumns.timestamp(week.start(zone)));
            statement.setTimestamp(2, UtcColumns.timestamp(week.end(zone)));
            statement.setBoolean(3, publishUnmarked);
            Timestamp published = publishedAt == null ? null : UtcColumns.timestamp(publishedAt);
            statement.setTimestamp(4, published);
            statement.setTimestamp(5, published);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    add(urls, rows.getString("source_url"));
                    if (!rows.getBoolean("ip_literal")) {
                        add(domains, rows.getString("registered_domain"));
                    }
                    add(ips, rows.getString("source_ip"));
                }
            }
        }
        return new Blocklist(
                urls.stream().toList(), domains.stream().toList(), ips.stream().toList());
    }

    private static void add(TreeSet<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }
}
