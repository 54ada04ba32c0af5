package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Section 3: defaced and backdoored sites, government shares, controllers, phishing. */
final class WebsiteMeasurer {

    /** The domain kinds of §3 in the bulletin's order; every kind is listed, with 0 where none. */
    static final List<String> DOMAIN_KINDS = List.of("com", "net", "gov.cn", "org", "other");

    private final FigureQueries queries;

    WebsiteMeasurer(FigureQueries queries) {
        this.queries = queries;
    }

    void measure(WeekWindow window, WeekMeasures out) {
        Map<String, Long> sites = queries.counts("sites", window);
        long defaced = sites.get("defaced");
        long backdoored = sites.get("backdoored");
        out.put(FigureId.WEBSITES_DEFACED, defaced);
        out.put(FigureId.WEBSITES_DEFACED_GOV, sites.get("defaced_gov"));
        out.put(FigureId.WEBSITES_DEFACED_GOV_SHARE, WeekMeasures.share(sites.get("defaced_gov"), defaced));
        out.put(FigureId.WEBSITES_BACKDOORED, backdoored);
        out.put(FigureId.WEBSITES_BACKDOORED_GOV, sites.get("backdoored_gov"));
        out.put(FigureId.WEBSITES_BACKDOORED_GOV_SHARE, WeekMeasures.share(sites.get("backdoored_gov"), backdoored));
        out.put(FigureId.WEBSITES_BACKDOOR_CONTROLLERS, sites.get("controllers"));
        out.put(FigureId.WEBSITES_BACKDOOR_CONTROLLERS_ABROAD, sites.get("controllers_abroad"));
        domainKinds(window, out);

        Map<String, Long> phishing = queries.counts("phishing", window);
        long pages = phishing.get("pages");
        long ips = phishing.get("ips");
        out.put(FigureId.WEBSITES_PHISHING_PAGES, pages);
        out.put(FigureId.WEBSITES_PHISHING_DOMAINS, phishing.get("domains"));
        out.put(FigureId.WEBSITES_PHISHING_IPS, ips);
        out.put(FigureId.WEBSITES_PHISHING_PAGES_PER_IP, ips == 0 ? null : (double) pages / ips);
        out.put(DistributionId.PHISHING_BY_SECTOR, queries.entries("phishing_sectors", window));
    }

    private record KindRow(String kind, String item, long total) {}

    private void domainKinds(WeekWindow window, WeekMeasures out) {
        List<KindRow> rows = queries.rows(
                "site_domain_kinds",
                window,
                row -> new KindRow(row.getString("kind"), row.getString("item"), row.getLong("total")));
        out.put(DistributionId.DEFACED_BY_DOMAIN_KIND, byKind(rows, "defacement"));
        out.put(DistributionId.BACKDOORED_BY_DOMAIN_KIND, byKind(rows, "backdoor"));
    }

    /** Every domain kind with its count (0 where none), largest first, ties in the bulletin's order. */
    private static List<Distribution.Entry> byKind(List<KindRow> rows, String kind) {
        List<Distribution.Entry> entries = new ArrayList<>();
        for (String domainKind : DOMAIN_KINDS) {
            long count = rows.stream()
                    .filter(row -> row.kind().equals(kind) && row.item().equals(domainKind))
                    .mapToLong(KindRow::total)
                    .sum();
            entries.add(new Distribution.Entry(domainKind, count));
        }
        entries.sort(Comparator.comparingLong(Distribution.Entry::count).reversed());
        return entries;
    }
}
