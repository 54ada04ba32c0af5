package org.sitrep.core.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Section 3: defaced and backdoored sites, government shares, controllers, phishing. */
final class WebsiteMeasurer {

    /** The domain kinds of §3 in the bulletin's order; every kind is listed, with 0 where none. */
    static final List<String> DOMAIN_KINDS = List.of("com", "net", "gov.cn", "org", "other");

    private final FigureQueries queries;

    WebsiteMeasurer(FigureQueries queries) {
        this.queries = queries;
    }

    /** Measures this week ({@code weeks.get(1)}) and last week ({@code weeks.get(0)}) together. */
    void measure(WeekSpan span, SpanCounts counts, List<WeekMeasures> weeks) {
        List<KindRow> kinds = queries.rows(
                "site_domain_kinds",
                span,
                row -> new KindRow(
                        row.getInt(FigureQueries.WEEK_INDEX),
                        row.getString("kind"),
                        row.getString("item"),
                        row.getLong("total")));
        List<List<Distribution.Entry>> sectors = queries.entriesByWeek("phishing_sectors", span);
        for (int weekIndex = 0; weekIndex < weeks.size(); weekIndex++) {
            WeekMeasures out = weeks.get(weekIndex);
            sites(counts, weekIndex, out);
            int week = weekIndex;
            List<KindRow> rows =
                    kinds.stream().filter(row -> row.weekIndex() == week).toList();
            out.put(DistributionId.DEFACED_BY_DOMAIN_KIND, byKind(rows, "defacement"));
            out.put(DistributionId.BACKDOORED_BY_DOMAIN_KIND, byKind(rows, "backdoor"));
            phishing(counts, weekIndex, out);
            out.put(DistributionId.PHISHING_BY_SECTOR, sectors.get(weekIndex));
        }
    }

    private static void sites(SpanCounts counts, int weekIndex, WeekMeasures out) {
        long defaced = counts.lastTwo("series_sites", weekIndex, "defaced");
        long defacedGov = counts.lastTwo("series_sites", weekIndex, "defaced_gov");
        long backdoored = counts.lastTwo("series_sites", weekIndex, "backdoored");
        long backdooredGov = counts.lastTwo("series_sites", weekIndex, "backdoored_gov");
        out.put(FigureId.WEBSITES_DEFACED, defaced);
        out.put(FigureId.WEBSITES_DEFACED_GOV, defacedGov);
        out.put(FigureId.WEBSITES_DEFACED_GOV_SHARE, WeekMeasures.share(defacedGov, defaced));
        out.put(FigureId.WEBSITES_BACKDOORED, backdoored);
        out.put(FigureId.WEBSITES_BACKDOORED_GOV, backdooredGov);
        out.put(FigureId.WEBSITES_BACKDOORED_GOV_SHARE, WeekMeasures.share(backdooredGov, backdoored));
        out.put(FigureId.WEBSITES_BACKDOOR_CONTROLLERS, counts.lastTwo("series_sites", weekIndex, "controllers"));
        out.put(
                FigureId.WEBSITES_BACKDOOR_CONTROLLERS_ABROAD,
                counts.lastTwo("series_sites", weekIndex, "controllers_abroad"));
    }

    private static void phishing(SpanCounts counts, int weekIndex, WeekMeasures out) {
        long pages = counts.lastTwo("series_phishing", weekIndex, "pages");
        long ips = counts.lastTwo("series_phishing", weekIndex, "ips");
        out.put(FigureId.WEBSITES_PHISHING_PAGES, pages);
        out.put(FigureId.WEBSITES_PHISHING_DOMAINS, counts.lastTwo("series_phishing", weekIndex, "domains"));
        out.put(FigureId.WEBSITES_PHISHING_IPS, ips);
        out.put(FigureId.WEBSITES_PHISHING_PAGES_PER_IP, ips == 0 ? null : (double) pages / ips);
    }

    private record KindRow(int weekIndex, String kind, String item, long total) {}

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
