package org.sitrep.core.figures;

import java.util.EnumMap;
import java.util.Map;
import org.sitrep.core.week.IsoWeek;

/** The counts charted over 12 weeks and used as headline baselines, for one week. */
record CoreCounts(IsoWeek week, boolean hasData, Map<FigureId, Long> values) {

    CoreCounts {
        values = Map.copyOf(values);
    }

    static CoreCounts of(SpanCounts counts, int index, IsoWeek week) {
        long infected = counts.count("series_infected_hosts", index, "infected_hosts");
        long worm = counts.count("series_infected_hosts", index, "worm_hosts");
        Map<FigureId, Long> values = new EnumMap<>(FigureId.class);
        values.put(FigureId.MALWARE_INFECTED_HOSTS, infected);
        values.put(FigureId.MALWARE_INFECTED_WORM, worm);
        values.put(FigureId.MALWARE_INFECTED_TROJAN_BOT, infected - worm);
        values.put(FigureId.WEBSITES_DEFACED, counts.count("series_sites", index, "defaced"));
        values.put(FigureId.WEBSITES_DEFACED_GOV, counts.count("series_sites", index, "defaced_gov"));
        values.put(FigureId.WEBSITES_BACKDOORED, counts.count("series_sites", index, "backdoored"));
        values.put(FigureId.WEBSITES_BACKDOORED_GOV, counts.count("series_sites", index, "backdoored_gov"));
        values.put(FigureId.WEBSITES_PHISHING_PAGES, counts.count("series_phishing", index, "pages"));
        values.put(FigureId.VULNERABILITIES_TOTAL, counts.count("series_vulnerabilities", index, "total"));
        values.put(FigureId.VULNERABILITIES_HIGH, counts.count("series_vulnerabilities", index, "high"));
        values.put(FigureId.VULNERABILITIES_MEDIUM, counts.count("series_vulnerabilities", index, "medium"));
        values.put(FigureId.VULNERABILITIES_LOW, counts.count("series_vulnerabilities", index, "low"));
        boolean hasData = counts.count("series_records", index, "records") > 0;
        return new CoreCounts(week, hasData, values);
    }

    WeekValue value(FigureId figure) {
        Long value = values.get(figure);
        if (value == null) {
            throw new IllegalArgumentException(figure.id() + " is not charted over weeks");
        }
        return new WeekValue(week, value, hasData);
    }
}
