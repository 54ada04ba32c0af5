package org.sitrep.report.model;

import java.util.List;

/** The week's malware download addresses, published with the issue; each list distinct and in the order to print. */
public record Blocklist(List<String> urls, List<String> domains, List<String> ips) {
    public Blocklist {
        urls = Checks.list(urls, "urls");
        domains = Checks.list(domains, "domains");
        ips = Checks.list(ips, "ips");
    }
}
