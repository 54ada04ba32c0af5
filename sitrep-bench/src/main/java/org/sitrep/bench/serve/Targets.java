package org.sitrep.bench.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * What the load run's clients call, with values sampled from the store: the latest complete week with events, its most
 * frequent ASN, a frequent /16 and registered domain. The events search is asked five ways, in turn.
 */
record Targets(IsoWeek week, long asn, String network, String domain) {

    /** One call: the endpoint it is counted under and its path with the query. */
    record Call(String endpoint, String path) {}

    static Targets sample(Connection connection, ZoneId zone) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(ServeLoadRun.read("sample-values.sql"))) {
            row.next();
            // the week of the latest event, unless it is still running: then the latest complete one
            IsoWeek latest = IsoWeek.containing(UtcColumns.instant(row.getObject("latest", LocalDateTime.class)), zone);
            IsoWeek complete = IsoWeek.latestComplete(java.time.Instant.now(), zone);
            IsoWeek week = latest.compareTo(complete) > 0 ? complete : latest;
            return new Targets(week, row.getLong("asn"), row.getString("network"), row.getString("domain"));
        }
    }

    List<String> endpoints(List<String> mix) {
        List<String> endpoints = new ArrayList<>();
        for (String kind : mix) {
            switch (kind) {
                case "figures" -> endpoints.add("GET /weeks/{week}/figures");
                case "events" -> {
                    endpoints.add("GET /events?week&size=50");
                    endpoints.add("GET /events?week&kind&country");
                    endpoints.add("GET /events?asn");
                    endpoints.add("GET /events?cidr (/16)");
                    endpoints.add("GET /events?domain");
                }
                case "cases" -> endpoints.add("GET /cases?page");
                default -> throw new IllegalArgumentException("unknown endpoint kind " + kind);
            }
        }
        return endpoints;
    }

    /** The {@code n}th call of a client: the kinds of the mix in turn, the events search's five ways in turn. */
    Call call(List<String> mix, long n) {
        String kind = mix.get((int) (n % mix.size()));
        long round = n / mix.size();
        return switch (kind) {
            case "figures" -> new Call("GET /weeks/{week}/figures", "/api/v1/weeks/" + week + "/figures");
            case "cases" -> new Call("GET /cases?page", "/api/v1/cases?page=" + (round % 5));
            default ->
                switch ((int) (round % 5)) {
                    case 0 -> new Call("GET /events?week&size=50", "/api/v1/events?size=50&week=" + week);
                    case 1 ->
                        new Call(
                                "GET /events?week&kind&country",
                                "/api/v1/events?size=50&kind=infected&country=CN&week=" + week);
                    case 2 -> new Call("GET /events?asn", "/api/v1/events?size=50&asn=" + asn);
                    case 3 ->
                        new Call(
                                "GET /events?cidr (/16)",
                                "/api/v1/events?size=50&cidr=" + URLEncoder.encode(network, StandardCharsets.UTF_8));
                    default -> new Call("GET /events?domain", "/api/v1/events?size=50&domain=" + domain);
                };
        };
    }
}
