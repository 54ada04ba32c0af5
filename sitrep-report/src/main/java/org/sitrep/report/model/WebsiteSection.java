package org.sitrep.report.model;

import java.util.List;

/**
 * Section 3, website security. Sites are distinct domestic FQDNs; government sites are those matching the
 * configured government patterns.
 *
 * @param defaced defaced sites
 * @param defacedGov of which government sites
 * @param backdoored sites with a backdoor (webshell)
 * @param backdooredGov of which government sites
 * @param backdoorControllers backdoored sites whose controlling address is known this week
 * @param backdoorControllersAbroad of those, controllers located abroad (the sentence is left out when
 *     {@code backdoorControllers} is zero)
 * @param phishingPages distinct phishing URLs targeting domestic sites
 * @param phishingDomains distinct domains hosting them
 * @param phishingIps distinct IPs hosting them (pages per IP is derived by the renderer)
 * @param phishingBySector phishing pages by the sector they imitate, largest first (empty when unknown)
 * @param defacedByKind defaced sites by domain kind
 * @param backdooredByKind backdoored sites by domain kind
 */
public record WebsiteSection(
        WeekCount defaced,
        WeekCount defacedGov,
        WeekCount backdoored,
        WeekCount backdooredGov,
        long backdoorControllers,
        long backdoorControllersAbroad,
        WeekCount phishingPages,
        long phishingDomains,
        long phishingIps,
        List<Counted<TargetSector>> phishingBySector,
        List<Counted<DomainKind>> defacedByKind,
        List<Counted<DomainKind>> backdooredByKind) {
    public WebsiteSection {
        Checks.present(defaced, "defaced");
        Checks.present(defacedGov, "defacedGov");
        Checks.present(backdoored, "backdoored");
        Checks.present(backdooredGov, "backdooredGov");
        Checks.count(backdoorControllers, "backdoorControllers");
        Checks.count(backdoorControllersAbroad, "backdoorControllersAbroad");
        Checks.present(phishingPages, "phishingPages");
        Checks.count(phishingDomains, "phishingDomains");
        Checks.count(phishingIps, "phishingIps");
        phishingBySector = Checks.list(phishingBySector, "phishingBySector");
        defacedByKind = Checks.list(defacedByKind, "defacedByKind");
        backdooredByKind = Checks.list(backdooredByKind, "backdooredByKind");
    }

    /** Whether the week has anything to count here: a defaced or backdoored site, or a phishing page. */
    public boolean hasData() {
        return defaced.thisWeek() > 0 || backdoored.thisWeek() > 0 || phishingPages.thisWeek() > 0;
    }
}
