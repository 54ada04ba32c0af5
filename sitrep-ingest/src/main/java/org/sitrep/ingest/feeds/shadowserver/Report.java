package org.sitrep.ingest.feeds.shadowserver;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which Shadowserver report a file is: its kind (which decides the mapping) and its report type name as
 * Shadowserver writes it ({@code event4_sinkhole_http}, {@code scan_http}), taken from the file name
 * ({@code 2026-11-23-scan_http-example-geo.csv}) when there is one, else recognised from the header.
 */
record Report(Kind kind, String type) {

    enum Kind {
        SINKHOLE_HTTP,
        SINKHOLE_HTTP_DRONE,
        COMPROMISED_WEBSITE,
        SCAN
    }

    private static final Pattern SINKHOLE = Pattern.compile("event[46]_sinkhole(_http)?");
    private static final Pattern FILE_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-([a-z0-9_]+)-.*\\.csv");

    /** The report type in a Shadowserver file name, or {@code null}. */
    static @Nullable String typeInFileName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        var matcher = FILE_NAME.matcher(name.toLowerCase(Locale.ROOT));
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The report for a file name and a header, or {@code null} when neither is a report this parser knows. */
    static @Nullable Report of(String fileName, Collection<String> header) {
        String named = typeInFileName(fileName);
        if (named != null) {
            Kind kind = kindOfType(named);
            if (kind != null) {
                return new Report(kind, named);
            }
        }
        Set<String> columns = Set.copyOf(header);
        if (!columns.contains("timestamp")) {
            return null;
        }
        if (columns.contains("src_ip") && columns.contains("infection")) {
            return new Report(Kind.SINKHOLE_HTTP, "event4_sinkhole_http");
        }
        if (columns.contains("ip") && columns.contains("http_referer_ip") && columns.contains("type")) {
            return new Report(Kind.SINKHOLE_HTTP_DRONE, "sinkhole_http_drone");
        }
        if (columns.contains("detected_since") || (columns.contains("category") && columns.contains("http_host"))) {
            return new Report(Kind.COMPROMISED_WEBSITE, "compromised_website");
        }
        if (columns.containsAll(Set.of("ip", "protocol", "port", "tag"))) {
            return new Report(Kind.SCAN, named != null && named.startsWith("scan") ? named : "scan");
        }
        return null;
    }

    static @Nullable Kind kindOfType(String type) {
        if (SINKHOLE.matcher(type).matches()) {
            return Kind.SINKHOLE_HTTP;
        }
        if (type.equals("botnet_drone") || type.equals("sinkhole_http_drone")) {
            return Kind.SINKHOLE_HTTP_DRONE;
        }
        if (type.equals("compromised_website")) {
            return Kind.COMPROMISED_WEBSITE;
        }
        if (type.startsWith("scan_") || type.startsWith("scan6_")) {
            return Kind.SCAN;
        }
        return null;
    }

    /** A sinkhole report recognised by its header is {@code event6_…} when the infected host is IPv6. */
    static Report byAddressFamily(Report report, @Nullable String sourceIp) {
        if (sourceIp != null && sourceIp.contains(":") && report.type().startsWith("event4_")) {
            return new Report(report.kind(), "event6_" + report.type().substring(7));
        }
        return report;
    }

    /** IntelMQ-style feed name: {@code shadowserver-event4-sinkhole-http}. */
    String feedName() {
        return "shadowserver-" + type.replace('_', '-');
    }

    /** The scanned protocol from the report type ({@code scan6_http} → {@code http}), or {@code null}. */
    @Nullable
    String scanProtocol() {
        if (type.startsWith("scan6_")) {
            return type.substring(6);
        }
        return type.startsWith("scan_") ? type.substring(5) : null;
    }
}
