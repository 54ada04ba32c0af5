package org.sitrep.report.model;

import java.util.List;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.PartnerKind;

/**
 * Section 5, incident handling. A case counts in the week in which it was closed as handled.
 *
 * @param handled cases handled this week
 * @param crossBorder of which cross-border (reporter, target or handling partner abroad)
 * @param partnerKinds the kinds of partner coordinated, with the number of cases each took part in, in the
 *     order to print
 * @param phishingComplaints phishing complaints handled
 * @param phishingBySector those complaints by the sector imitated, largest first
 * @param mobilePlatforms app platforms coordinated over mobile malware
 * @param mobileMaliciousUrls malicious URLs spreading mobile malware handled
 * @param byType cases handled by type, largest first
 */
public record IncidentSection(
        long handled,
        long crossBorder,
        List<Counted<PartnerKind>> partnerKinds,
        long phishingComplaints,
        List<Counted<TargetSector>> phishingBySector,
        long mobilePlatforms,
        long mobileMaliciousUrls,
        List<Counted<CaseType>> byType) {
    public IncidentSection {
        Checks.count(handled, "handled");
        Checks.count(crossBorder, "crossBorder");
        partnerKinds = Checks.list(partnerKinds, "partnerKinds");
        Checks.count(phishingComplaints, "phishingComplaints");
        phishingBySector = Checks.list(phishingBySector, "phishingBySector");
        Checks.count(mobilePlatforms, "mobilePlatforms");
        Checks.count(mobileMaliciousUrls, "mobileMaliciousUrls");
        byType = Checks.list(byType, "byType");
    }

    /** Whether the week has anything to count here: a case handled, a phishing complaint or a mobile case. */
    public boolean hasData() {
        return handled > 0 || phishingComplaints > 0 || mobilePlatforms > 0 || mobileMaliciousUrls > 0;
    }
}
