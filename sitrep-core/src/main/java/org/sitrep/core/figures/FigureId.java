package org.sitrep.core.figures;

import static org.sitrep.core.figures.Section.CASES;
import static org.sitrep.core.figures.Section.MALWARE;
import static org.sitrep.core.figures.Section.OVERVIEW;
import static org.sitrep.core.figures.Section.VULNERABILITIES;
import static org.sitrep.core.figures.Section.WEBSITES;

import java.util.Optional;

/**
 * Every scalar figure of the bulletin, in the bulletin's order, with its stable id, section and unit. Labels and
 * one-sentence definitions per language are in the bundles {@code figures_en} / {@code figures_zh_CN}
 * ({@link FigureLabels}).
 */
public enum FigureId {
    INCIDENTS_GRADED_INFRASTRUCTURE("incidents.graded_infrastructure", OVERVIEW, Unit.CASES),
    INCIDENTS_DOS("incidents.dos", OVERVIEW, Unit.CASES),

    MALWARE_INFECTED_HOSTS("malware.infected_hosts", MALWARE, Unit.HOSTS),
    MALWARE_INFECTED_WORM("malware.infected_hosts.worm", MALWARE, Unit.HOSTS),
    MALWARE_INFECTED_TROJAN_BOT("malware.infected_hosts.trojan_bot", MALWARE, Unit.HOSTS),
    MALWARE_NEW_NAMES("malware.new_names", MALWARE, Unit.NAMES),
    MALWARE_NEW_FAMILIES("malware.new_families", MALWARE, Unit.FAMILIES),
    DROP_SITE_DOMAINS("malware.drop_site_domains", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_ABROAD("malware.drop_site_domains.abroad", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_HOME("malware.drop_site_domains.home", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_UNKNOWN("malware.drop_site_domains.unknown_registrar", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_ABROAD_SHARE("malware.drop_site_domains.abroad_share", MALWARE, Unit.PERCENT),
    DROP_SITE_DOMAINS_COM("malware.drop_site_domains.com", MALWARE, Unit.DOMAINS),
    DROP_SITE_DOMAINS_COM_SHARE("malware.drop_site_domains.com_share", MALWARE, Unit.PERCENT),
    DROP_SITE_IPS("malware.drop_site_ips", MALWARE, Unit.IPS),
    DROP_SITE_IPS_ABROAD("malware.drop_site_ips.abroad", MALWARE, Unit.IPS),
    DROP_SITE_IPS_ABROAD_SHARE("malware.drop_site_ips.abroad_share", MALWARE, Unit.PERCENT),
    DROP_SITE_IPS_DIRECT("malware.drop_site_ips.direct", MALWARE, Unit.IPS),

    WEBSITES_DEFACED("websites.defaced", WEBSITES, Unit.SITES),
    WEBSITES_DEFACED_GOV("websites.defaced.gov", WEBSITES, Unit.SITES),
    WEBSITES_DEFACED_GOV_SHARE("websites.defaced.gov_share", WEBSITES, Unit.PERCENT),
    WEBSITES_BACKDOORED("websites.backdoored", WEBSITES, Unit.SITES),
    WEBSITES_BACKDOORED_GOV("websites.backdoored.gov", WEBSITES, Unit.SITES),
    WEBSITES_BACKDOORED_GOV_SHARE("websites.backdoored.gov_share", WEBSITES, Unit.PERCENT),
    WEBSITES_BACKDOOR_CONTROLLERS("websites.backdoor_controllers", WEBSITES, Unit.CONTROLLERS),
    WEBSITES_BACKDOOR_CONTROLLERS_ABROAD("websites.backdoor_controllers.abroad", WEBSITES, Unit.CONTROLLERS),
    WEBSITES_PHISHING_PAGES("websites.phishing_pages", WEBSITES, Unit.PAGES),
    WEBSITES_PHISHING_DOMAINS("websites.phishing_domains", WEBSITES, Unit.DOMAINS),
    WEBSITES_PHISHING_IPS("websites.phishing_ips", WEBSITES, Unit.IPS),
    WEBSITES_PHISHING_PAGES_PER_IP("websites.phishing_pages_per_ip", WEBSITES, Unit.RATIO),

    VULNERABILITIES_TOTAL("vulnerabilities.total", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_HIGH("vulnerabilities.high", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_MEDIUM("vulnerabilities.medium", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_LOW("vulnerabilities.low", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_UNRATED("vulnerabilities.unrated", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_ZERO_DAY("vulnerabilities.zero_day", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_REMOTE("vulnerabilities.remote", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_KNOWN_EXPLOITED("vulnerabilities.known_exploited", VULNERABILITIES, Unit.VULNERABILITIES),
    VULNERABILITIES_SEVERE_EXPLOITED("vulnerabilities.severe_exploited", VULNERABILITIES, Unit.VULNERABILITIES),

    CASES_HANDLED("cases.handled", CASES, Unit.CASES),
    CASES_CROSS_BORDER("cases.cross_border", CASES, Unit.CASES),
    CASES_PHISHING("cases.phishing", CASES, Unit.CASES),
    CASES_MOBILE_PLATFORMS("cases.mobile_malware_platforms", CASES, Unit.PLATFORMS),
    CASES_MOBILE_URLS("cases.mobile_malware_urls", CASES, Unit.URLS);

    private final String id;
    private final Section section;
    private final Unit unit;

    FigureId(String id, Section section, Unit unit) {
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

    public static Optional<FigureId> fromId(String id) {
        for (FigureId figure : values()) {
            if (figure.id.equals(id)) {
                return Optional.of(figure);
            }
        }
        return Optional.empty();
    }
}
