package org.sitrep.ingest.feeds.shadowserver;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The report type in a Shadowserver file name, in the three forms reports arrive in (as IntelMQ reads them):
 * {@code 2026-11-23-scan_http-example-geo.csv} (Shadowserver's own: date, report, identifier),
 * {@code 2026-11-23-scan_http.csv} and {@code scan_http.csv}. The report is never guessed from the header: columns
 * are shared by many reports, and a wrong guess classifies every row of the file wrongly.
 */
final class ReportName {

    /** Date optional; the report is word characters up to the first {@code -}; the identifier is the rest. */
    private static final Pattern NAME = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}-)?(\\w+)(?:-.+)?\\.csv");

    private ReportName() {}

    /** The report type in the file name (its last path segment, a {@code .gz} suffix left out), or {@code null}. */
    static @Nullable String of(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        var matcher = NAME.matcher(name);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
