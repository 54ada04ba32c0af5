package org.sitrep.report.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.report.model.WebsiteSection;
import org.sitrep.report.model.WeekCount;

/** Section 3: defaced and backdoored sites, government share, phishing pages. */
final class WebsiteWriter {
    private final Wording wording;
    private final Language language;
    private final String organisation;

    WebsiteWriter(Wording wording, String organisation) {
        this.wording = wording;
        this.language = wording.language();
        this.organisation = organisation;
    }

    WrittenBulletin.Section write(WebsiteSection sites, int trendWeeks) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(totals(sites)));
        blocks.add(new Block.Paragraph(government(sites)));
        if (sites.backdoorControllers() > 0) {
            blocks.add(new Block.Paragraph(wording.format(
                    "websites.controllers",
                    Map.of(
                            "known",
                            language.count(sites.backdoorControllers()),
                            "abroad",
                            language.count(sites.backdoorControllersAbroad()),
                            "share",
                            language.decimal(
                                    Decimals.share(sites.backdoorControllersAbroad(), sites.backdoorControllers()))))));
        }
        if (!sites.phishingBySector().isEmpty()) {
            List<String> items = sites.phishingBySector().stream()
                    .map(entry -> wording.format(
                            "websites.sector",
                            Map.of(
                                    "sector",
                                    wording.label("sector", entry.key()),
                                    "count",
                                    language.count(entry.count()))))
                    .toList();
            blocks.add(new Block.Paragraph(wording.format("websites.sectors", Map.of("sectors", wording.list(items)))));
        }
        blocks.add(new Block.Figures(List.of(BulletinWriter.figure(
                wording, FigureKind.WEBSITE_TREND, Map.of("weeks", language.count(trendWeeks))))));
        blocks.add(new Block.Paragraph(wording.format(
                "websites.byKind",
                Map.of(
                        "defacedFigure", BulletinWriter.figureRef(wording, FigureKind.DEFACED_BY_KIND),
                        "backdooredFigure", BulletinWriter.figureRef(wording, FigureKind.BACKDOORED_BY_KIND)))));
        blocks.add(new Block.Figures(List.of(
                BulletinWriter.figure(wording, FigureKind.DEFACED_BY_KIND, Map.of()),
                BulletinWriter.figure(wording, FigureKind.BACKDOORED_BY_KIND, Map.of()))));
        return new WrittenBulletin.Section("websites", wording.text("section.websites"), blocks);
    }

    String totals(WebsiteSection sites) {
        return wording.format(
                "websites.totals",
                Map.of(
                        "organisation", organisation,
                        "defaced", language.count(sites.defaced().thisWeek()),
                        "backdoored", language.count(sites.backdoored().thisWeek()),
                        "phishing", language.count(sites.phishingPages().thisWeek()),
                        "defacedChange", wording.changeClause(change(sites.defaced())),
                        "backdooredChange", wording.changeClause(change(sites.backdoored())),
                        "phishingChange", wording.changeClause(change(sites.phishingPages()))));
    }

    String government(WebsiteSection sites) {
        Map<String, Object> values = new HashMap<>();
        values.put("defacedGov", language.count(sites.defacedGov().thisWeek()));
        values.put("defacedShare", share(sites.defacedGov(), sites.defaced()));
        values.put("defacedChange", wording.changeClause(change(sites.defacedGov())));
        values.put("backdooredGov", language.count(sites.backdooredGov().thisWeek()));
        values.put("backdooredShare", share(sites.backdooredGov(), sites.backdoored()));
        values.put("backdooredChange", wording.changeClause(change(sites.backdooredGov())));
        values.put("domains", language.count(sites.phishingDomains()));
        values.put("ips", language.count(sites.phishingIps()));
        values.put(
                "perIp",
                sites.phishingIps() == 0
                        ? ""
                        : wording.format(
                                "websites.perIp",
                                Map.of(
                                        "pages",
                                        language.count(Decimals.ratio(
                                                sites.phishingPages().thisWeek(), sites.phishingIps())))));
        return wording.format("websites.government", values);
    }

    private String share(WeekCount part, WeekCount whole) {
        if (whole.thisWeek() == 0) {
            return "";
        }
        return wording.format(
                "websites.share", Map.of("share", language.decimal(Decimals.share(part.thisWeek(), whole.thisWeek()))));
    }

    private static WeekChange change(WeekCount count) {
        return WeekChange.of(count.thisWeek(), count.lastWeek());
    }
}
