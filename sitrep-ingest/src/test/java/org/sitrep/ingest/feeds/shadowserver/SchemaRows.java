package org.sitrep.ingest.feeds.shadowserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a CSV report from a report's own field lists in Shadowserver's schema: one column per column the schema
 * names, plus one column the schema does not know, and rows whose cells are plausible values for each column's
 * IntelMQ field and conversion.
 */
final class SchemaRows {

    static final String UNKNOWN_COLUMN = "column_not_in_schema";

    /** The tag cells an Exchange report's classification functions tell apart. */
    static final List<String> EXCHANGE_TAGS = List.of("exchange;webshell", "cve-2021-26855;exchange");

    private SchemaRows() {}

    static String fileName(ReportSchema report) {
        return "2026-11-23-" + report.fileName() + "-example-geo.csv";
    }

    /** The rows of a test file for the report: one, or one per tag the report's classification depends on. */
    static List<Map<String, String>> rows(ReportSchema report) {
        boolean exchange =
                report.optional().stream().anyMatch(rule -> rule.conversion() == Conversion.SCAN_EXCHANGE_TYPE);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String tag : exchange ? EXCHANGE_TAGS : List.of("tag-one;cve-2024-3400")) {
            Map<String, String> row = new LinkedHashMap<>();
            for (FieldRule rule : rules(report)) {
                row.putIfAbsent(rule.column(), rule.column().equals("tag") ? tag : cell(rule));
            }
            row.put(UNKNOWN_COLUMN, "kept");
            rows.add(row);
        }
        return rows;
    }

    static String csv(List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder();
        text.append(line(List.copyOf(rows.get(0).keySet())));
        rows.forEach(row -> text.append(line(List.copyOf(row.values()))));
        return text.toString();
    }

    private static List<FieldRule> rules(ReportSchema report) {
        List<FieldRule> rules = new ArrayList<>(report.required());
        rules.addAll(report.optional());
        return rules;
    }

    private static String line(List<String> cells) {
        List<String> quoted = cells.stream()
                .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
                .toList();
        return String.join(",", quoted) + "\n";
    }

    /** A value of the rule's field, in the form its conversion reads. */
    private static String cell(FieldRule rule) {
        String target = rule.target();
        String column = rule.column();
        if (column.equals("timestamp")) {
            return "2026-11-23 01:02:03";
        }
        if (rule.conversion() != null) {
            String byConversion = switch (rule.conversion()) {
                case ADD_UTC_TO_TIMESTAMP, CONVERT_DATE, CONVERT_DATE_UTC -> "2026-11-22 10:11:12";
                case CONVERT_BOOL -> "true";
                case CONVERT_INT, INVALIDATE_ZERO -> target.endsWith(".port") ? "443" : "64496";
                case CONVERT_FLOAT -> "1.5";
                case VALIDATE_IP -> target.startsWith("destination") ? "203.0.113.80" : "192.0.2.45";
                case VALIDATE_NETWORK -> "192.0.2.0/24";
                case VALIDATE_FQDN -> "host.example.net";
                case CONVERT_HTTP_HOST_AND_URL -> "/login/index.php";
                case FORCE_BASE64 -> "GET / HTTP/1.1";
                default -> null;
            };
            if (byConversion != null) {
                return byConversion;
            }
        }
        if (column.equals("http_host") || column.equals("cc_dns")) {
            return "host.example.net";
        }
        if (target.endsWith(".ip")) {
            return target.startsWith("destination") ? "203.0.113.80" : "192.0.2.45";
        }
        if (target.endsWith(".port")) {
            return "443";
        }
        if (target.endsWith(".asn")) {
            return "64496";
        }
        if (target.endsWith(".geolocation.cc")) {
            return "CN";
        }
        if (target.endsWith(".fqdn")) {
            return "host.example.net";
        }
        if (target.endsWith(".url")) {
            return "http://host.example.net/login/";
        }
        if (target.endsWith(".network")) {
            return "192.0.2.0/24";
        }
        if (target.equals("malware.hash.sha256")) {
            return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        }
        return "value-" + column;
    }
}
