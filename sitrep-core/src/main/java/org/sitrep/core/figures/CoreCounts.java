package org.sitrep.core.figures;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.core.week.IsoWeek;

/** The counts charted over 12 weeks and used as headline baselines, for one week. */
record CoreCounts(IsoWeek week, boolean hasData, Map<FigureId, Long> values) {

    CoreCounts {
        values = Map.copyOf(values);
    }

    static CoreCounts measure(FigureQueries queries, WeekWindow window) {
        Map<String, Long> hosts = queries.counts("infected_hosts", window);
        Map<String, Long> sites = queries.counts("sites", window);
        Map<String, Long> phishing = queries.counts("phishing", window);
        Map<String, Long> vulnerabilities = queries.counts("vulnerabilities", window);
        boolean hasData = queries.counts("has_data", window).get("records") > 0;
        Map<FigureId, Long> values = new EnumMap<>(FigureId.class);
        values.put(FigureId.MALWARE_INFECTED_HOSTS, hosts.get("infected_hosts"));
        values.put(FigureId.MALWARE_INFECTED_WORM, hosts.get("worm_hosts"));
        values.put(FigureId.MALWARE_INFECTED_TROJAN_BOT, hosts.get("infected_hosts") - hosts.get("worm_hosts"));
        values.put(FigureId.WEBSITES_DEFACED, sites.get("defaced"));
        values.put(FigureId.WEBSITES_DEFACED_GOV, sites.get("defaced_gov"));
        values.put(FigureId.WEBSITES_BACKDOORED, sites.get("backdoored"));
        values.put(FigureId.WEBSITES_BACKDOORED_GOV, sites.get("backdoored_gov"));
        values.put(FigureId.WEBSITES_PHISHING_PAGES, phishing.get("pages"));
        values.put(FigureId.VULNERABILITIES_TOTAL, vulnerabilities.get("total"));
        values.put(FigureId.VULNERABILITIES_HIGH, vulnerabilities.get("high"));
        values.put(FigureId.VULNERABILITIES_MEDIUM, vulnerabilities.get("medium"));
        values.put(FigureId.VULNERABILITIES_LOW, vulnerabilities.get("low"));
        return new CoreCounts(window.week(), hasData, values);
    }

    WeekValue value(FigureId figure) {
        Long value = values.get(figure);
        if (value == null) {
            throw new IllegalArgumentException(figure.id() + " is not charted over weeks");
        }
        return new WeekValue(week, value, hasData);
    }
}
