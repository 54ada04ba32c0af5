package org.sitrep.core.figures;

import static org.sitrep.core.figures.Section.CASES;
import static org.sitrep.core.figures.Section.MALWARE;
import static org.sitrep.core.figures.Section.VULNERABILITIES;
import static org.sitrep.core.figures.Section.WEBSITES;

import java.util.List;

/** Every distribution of the bulletin with its stable id; labels and definitions as for {@link FigureId}. */
public enum DistributionId {
    INFECTED_BY_PROVINCE("malware.infected_hosts.by_province", MALWARE, Unit.HOSTS),
    DROP_SITE_DOMAINS_BY_REGISTRATION("malware.drop_site_domains.by_registration", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_BY_TLD("malware.drop_site_domains.by_tld", MALWARE, Unit.DOMAINS),
    DEFACED_BY_DOMAIN_KIND("websites.defaced.by_domain_kind", WEBSITES, Unit.SITES),
    BACKDOORED_BY_DOMAIN_KIND("websites.backdoored.by_domain_kind", WEBSITES, Unit.SITES),
    PHISHING_BY_SECTOR("websites.phishing_pages.by_sector", WEBSITES, Unit.PAGES),
    VULNERABILITIES_BY_OBJECT("vulnerabilities.by_object", VULNERABILITIES, Unit.VULNERABILITIES),
    CASES_BY_PARTNER_KIND("cases.by_partner_kind", CASES, Unit.CASES),
    CASES_BY_TYPE("cases.by_type", CASES, Unit.CASES),
    CASES_PHISHING_BY_SECTOR("cases.phishing.by_sector", CASES, Unit.CASES);

    private final String id;
    private final Section section;
    private final Unit unit;

    DistributionId(String id, Section section, Unit unit) {
        this.id = id;
        this.section = section;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public Section section() {
        return section;
    }

    public Unit unit() {
        return unit;
    }

    Distribution of(List<Distribution.Entry> entries) {
        return new Distribution(id, section, unit, entries);
    }
}
