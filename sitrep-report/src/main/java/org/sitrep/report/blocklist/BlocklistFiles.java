package org.sitrep.report.blocklist;

import java.util.List;
import org.sitrep.report.model.Blocklist;

/**
 * The week's malware download addresses as published with the issue: a plain text list (comment lines start with
 * {@code #}, one address per line, grouped URLs, domains, IPs) and a CSV with a header {@code type,value}.
 */
public final class BlocklistFiles {
    private BlocklistFiles() {}

    /** The text list; {@code headings} are the comment lines: title, URLs, domains, IPs. */
    public static String text(Blocklist blocklist, String title, String urls, String domains, String ips) {
        StringBuilder out = new StringBuilder(title).append('\n');
        group(out, urls, blocklist.urls());
        group(out, domains, blocklist.domains());
        group(out, ips, blocklist.ips());
        return out.toString();
    }

    /** The CSV: {@code type,value} with type {@code url}, {@code domain} or {@code ip}; values quoted when needed. */
    public static String csv(Blocklist blocklist) {
        StringBuilder out = new StringBuilder("type,value\r\n");
        blocklist.urls().forEach(url -> out.append("url,").append(field(url)).append("\r\n"));
        blocklist
                .domains()
                .forEach(domain -> out.append("domain,").append(field(domain)).append("\r\n"));
        blocklist.ips().forEach(ip -> out.append("ip,").append(field(ip)).append("\r\n"));
        return out.toString();
    }

    private static void group(StringBuilder out, String heading, List<String> values) {
        out.append('\n').append(heading).append('\n');
        values.forEach(value -> out.append(value).append('\n'));
    }

    /** RFC 4180: quote a field containing a comma, quote or line break, doubling inner quotes. */
    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
