package org.sitrep.report.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.Overview;
import org.sitrep.report.model.RatingBand;
import org.sitrep.report.model.WeekCount;

/** Section 1: rating, infrastructure and main-threats sentences, and the headline table. */
final class OverviewWriter {
    private final Wording wording;
    private final Language language;

    OverviewWriter(Wording wording) {
        this.wording = wording;
        this.language = wording.language();
    }

    WrittenBulletin.Section write(BulletinView view) {
        Overview overview = view.overview();
        RatingBand rating = overview.rating();
        if (rating == null) {
            return unrated();
        }
        String band = wording.label("rating", rating);
        List<Block> blocks = new ArrayList<>();
        String label = wording.text("overview.ratingLabel");
        blocks.add(new Block.Rating(
                label,
                band,
                rating.name().toLowerCase(java.util.Locale.ROOT),
                wording.format("overview.ratingLine", Map.of("label", label, "rating", band))));
        blocks.add(new Block.Paragraph(wording.format("overview.rating", Map.of("rating", band))));
        blocks.add(new Block.Paragraph(infrastructure(overview.infrastructureIncidents())));
        if (!overview.mainThreats().isEmpty()) {
            List<String> threats = overview.mainThreats().stream()
                    .limit(3)
                    .map(area -> wording.label("threat", area))
                    .toList();
            blocks.add(new Block.Paragraph(
                    wording.format("overview.threats", Map.of("threats", wording.listAlso(threats)))));
        }
        blocks.add(headline(view));
        return new WrittenBulletin.Section("overview", wording.text("section.overview"), blocks);
    }

    /**
     * A week without data: no band (its zeros would rate 优), no sentence on infrastructure or threats and no
     * headline table of zeros, only that there are no data.
     */
    private WrittenBulletin.Section unrated() {
        String label = wording.text("overview.ratingLabel");
        String none = wording.text("overview.unratedBand");
        List<Block> blocks = List.of(
                new Block.Rating(
                        label,
                        none,
                        "none",
                        wording.format("overview.ratingLine", Map.of("label", label, "rating", none))),
                new Block.Paragraph(wording.text("overview.unrated")));
        return new WrittenBulletin.Section("overview", wording.text("section.overview"), blocks);
    }

    private String infrastructure(List<Grade> incidents) {
        if (incidents.isEmpty()) {
            return wording.text("overview.infrastructure.stable");
        }
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        incidents.forEach(grade -> byGrade.merge(grade, 1, Integer::sum));
        List<String> items = byGrade.entrySet().stream()
                .map(entry -> wording.format(
                        "overview.infrastructure.grade",
                        Map.of(
                                "grade",
                                wording.label("grade", entry.getKey()),
                                "count",
                                language.count(entry.getValue()))))
                .toList();
        return wording.format(
                "overview.infrastructure.incidents",
                Map.of("count", language.count(incidents.size()), "grades", wording.list(items)));
    }

    private Block.Headline headline(BulletinView view) {
        // Both weeks' hosts are written as each week's own text writes them, where the parts must add up (HostSplit).
        String hostsThisWeek = hosts(HostSplit.thisWeek(view.malware()));
        String hostsLastWeek = hosts(HostSplit.lastWeek(view.malware()));
        List<Block.HeadlineRow> written = view.headline().stream()
                .map(row -> row(row, hostsThisWeek, hostsLastWeek))
                .toList();
        List<String> header = List.of(
                wording.text("headline.indicator"),
                wording.text("headline.thisWeek"),
                wording.text("headline.lastWeek"),
                wording.text("headline.change"));
        return new Block.Headline(wording.text("headline.caption"), header, written);
    }

    private Block.HeadlineRow row(BulletinView.HeadlineRow row, String hostsThisWeek, String hostsLastWeek) {
        WeekCount count = row.count();
        boolean hosts = row.indicator() == Headline.INFECTED_HOSTS;
        boolean sub = row.indicator() == Headline.DEFACED_GOV
                || row.indicator() == Headline.BACKDOORED_GOV
                || row.indicator() == Headline.HIGH_VULNERABILITIES;
        WeekChange change = WeekChange.of(count.thisWeek(), count.lastWeek());
        return new Block.HeadlineRow(
                wording.label("indicator", row.indicator()),
                hosts ? hostsThisWeek : language.count(count.thisWeek()),
                hosts ? hostsLastWeek : language.count(count.lastWeek()),
                arrow(change),
                direction(change),
                sub);
    }

    private String hosts(HostSplit split) {
        return wording.format("headline.hosts", Map.of("value", language.tenThousands(split.total())));
    }

    private String arrow(WeekChange change) {
        return switch (change) {
            case WeekChange.Rise rise -> "▲" + language.decimal(rise.percent()) + "%";
            case WeekChange.Fall fall -> "▼" + language.decimal(fall.percent()) + "%";
            case WeekChange.Unchanged unchanged -> wording.text("headline.unchanged");
            case WeekChange.Undefined undefined -> "—";
        };
    }

    private static String direction(WeekChange change) {
        return switch (change) {
            case WeekChange.Rise rise -> "up";
            case WeekChange.Fall fall -> "down";
            case WeekChange.Unchanged unchanged -> "flat";
            case WeekChange.Undefined undefined -> "none";
        };
    }
}
