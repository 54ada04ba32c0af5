package org.sitrep.report.model;

import java.util.List;

/**
 * Malware download sites (放马站点) of the week, from {@code malware-distribution} events.
 *
 * @param domains distinct domains
 * @param ips distinct IP addresses
 * @param domainsRegisteredHome domains whose registrar is in the home country
 * @param domainsRegisteredAbroad domains whose registrar is abroad (the printed share is of {@code domains})
 * @param domainsRegistrationUnknown domains whose registrar country is unknown
 * @param comDomains domains under {@code .com}
 * @param topLevelDomains domains by top-level domain, largest first ({@code com}, {@code net} … without the dot)
 * @param ipsAbroad IPs located abroad (the printed share is of {@code ips})
 * @param directIps IPs reached directly (the URL's host is an IP literal)
 */
public record DropSites(
        long domains,
        long ips,
        long domainsRegisteredHome,
        long domainsRegisteredAbroad,
        long domainsRegistrationUnknown,
        long comDomains,
        List<Counted<String>> topLevelDomains,
        long ipsAbroad,
        long directIps) {
    public DropSites {
        Checks.count(domains, "domains");
        Checks.count(ips, "ips");
        Checks.count(domainsRegisteredHome, "domainsRegisteredHome");
        Checks.count(domainsRegisteredAbroad, "domainsRegisteredAbroad");
        Checks.count(domainsRegistrationUnknown, "domainsRegistrationUnknown");
        Checks.count(comDomains, "comDomains");
        topLevelDomains = Checks.list(topLevelDomains, "topLevelDomains");
        Checks.count(ipsAbroad, "ipsAbroad");
        Checks.count(directIps, "directIps");
    }
}
