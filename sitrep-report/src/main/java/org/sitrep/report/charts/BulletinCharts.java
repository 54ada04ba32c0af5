package org.sitrep.report.charts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.Counted;
import org.sitrep.report.model.DomainKind;
import org.sitrep.report.model.DropSites;
import org.sitrep.report.model.Trends;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.Language;
import org.sitrep.report.text.Provinces;
import org.sitrep.report.text.Wording;

/**
 * Draws the bulletin's figures as SVG ({@code <svg>} elements with a viewBox), labelled in the bulletin's
 * language. Captions are not drawn: the page prints them under each figure.
 */
public final class BulletinCharts {
    /** Width of a full-width figure and of each of two side-by-side figures, in CSS pixels. */
    public static final int FULL_WIDTH = 640;

    public static final int HALF_WIDTH = 320;

    private static final int TOP_TLDS = 10;

    private final BulletinView view;
    private final Wording wording;
    private final Language language;

    private final boolean print;

    private BulletinCharts(BulletinView view, Wording wording, boolean print) {
        this.print = print;
        this.view = view;
        this.wording = wording;
        this.language = wording.language();
    }

    /** Every figure of the issue, by kind, as an SVG element with a viewBox that scales to its box. */
    public static Map<FigureKind, String> draw(BulletinView view, Language language) {
        return draw(view, language, false);
    }

    /** Every figure for the PDF: sized in millimetres for an A4 text column (see {@link SvgCanvas}). */
    public static Map<FigureKind, String> drawForPdf(BulletinView view, Language language) {
        return draw(view, language, true);
    }

    private static Map<FigureKind, String> draw(BulletinView view, Language language, boolean print) {
        BulletinCharts charts = new BulletinCharts(view, Wording.of(language), print);
        Map<FigureKind, String> svgs = new EnumMap<>(FigureKind.class);
        for (FigureKind kind : FigureKind.values()) {
            svgs.put(kind, charts.svg(kind));
        }
        return svgs;
    }

    private String svg(FigureKind kind) {
        String id = "figure-" + kind.number();
        return switch (kind) {
            case INFECTED_TREND -> SvgCanvas.draw(infectedTrend(), id, FULL_WIDTH, 300, print);
            case INFECTED_BY_PROVINCE ->
                SvgCanvas.draw(
                        byProvince(),
                        id,
                        FULL_WIDTH,
                        60 + 15 * Math.max(3, view.malware().byProvince().size()),
                        print);
            case DROP_SITE_REGISTRATION -> SvgCanvas.draw(registration(), id, HALF_WIDTH, 270, print);
            case DROP_SITE_TLD -> SvgCanvas.draw(topLevelDomains(), id, HALF_WIDTH, 270, print);
            case WEBSITE_TREND -> SvgCanvas.draw(websiteTrend(), id, FULL_WIDTH, 300, print);
            case DEFACED_BY_KIND -> SvgCanvas.draw(byKind(view.websites().defacedByKind()), id, HALF_WIDTH, 270, print);
            case BACKDOORED_BY_KIND ->
                SvgCanvas.draw(byKind(view.websites().backdooredByKind()), id, HALF_WIDTH, 270, print);
            case VULNERABILITY_TREND -> SvgCanvas.draw(vulnerabilityTrend(), id, FULL_WIDTH, 300, print);
            case VULNERABILITY_BY_OBJECT ->
                SvgCanvas.draw(
                        pie(view.vulnerabilities().byObject(), key -> wording.label("object", key)),
                        id,
                        FULL_WIDTH,
                        300,
                        print);
            case CASES_BY_TYPE ->
                SvgCanvas.draw(
                        pie(view.incidents().byType(), key -> wording.label("caseType", key)),
                        id,
                        HALF_WIDTH,
                        270,
                        print);
            case CASES_BY_PARTNER -> SvgCanvas.draw(byPartner(), id, HALF_WIDTH, 270, print);
        };
    }

    private JFreeChart infectedTrend() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String trojan = wording.text("chart.trojanOrBot");
        String worm = wording.text("chart.worm");
        double unit = language == Language.CHINESE ? 10_000 : 1_000;
        for (Trends.InfectedPoint point : view.trends().infected()) {
            data.addValue(point.trojanOrBot() / unit, trojan, week(point.week()));
            data.addValue(point.worm() / unit, worm, week(point.week()));
        }
        return Bars.stacked(data, wording.text("chart.hostsAxis"), ChartStyle.oneDecimal(), noData());
    }

    private JFreeChart byProvince() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Counted<String> entry : view.malware().byProvince()) {
            String name =
                    language == Language.CHINESE ? Provinces.chinese(entry.key()) : Provinces.english(entry.key());
            data.addValue(entry.count(), "", name);
        }
        return Bars.simple(data, wording.text("chart.countAxis"), ChartStyle.integers(language), true, noData());
    }

    private JFreeChart registration() {
        DropSites sites = view.malware().dropSites();
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue(wording.text("chart.registeredHome"), sites.domainsRegisteredHome());
        data.setValue(wording.text("chart.registeredAbroad"), sites.domainsRegisteredAbroad());
        data.setValue(wording.text("chart.registeredUnknown"), sites.domainsRegistrationUnknown());
        return Pies.pie(data, ChartStyle.integers(language), noData());
    }

    private JFreeChart topLevelDomains() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        view.malware().dropSites().topLevelDomains().stream()
                .limit(TOP_TLDS)
                .forEach(entry -> data.addValue(entry.count(), "", "." + entry.key()));
        return Bars.simple(data, wording.text("chart.countAxis"), ChartStyle.integers(language), false, noData());
    }

    private JFreeChart websiteTrend() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String defaced = wording.text("chart.defaced");
        String backdoored = wording.text("chart.backdoored");
        String phishing = wording.text("chart.phishing");
        for (Trends.WebsitePoint point : view.trends().websites()) {
            data.addValue(point.defaced(), defaced, week(point.week()));
            data.addValue(point.backdoored(), backdoored, week(point.week()));
            data.addValue(point.phishingPages(), phishing, week(point.week()));
        }
        return Bars.lines(data, wording.text("chart.countAxis"), ChartStyle.integers(language), noData());
    }

    private JFreeChart byKind(List<Counted<DomainKind>> counts) {
        return pie(counts, key -> wording.text("chart.domainKind." + key.name()));
    }

    private JFreeChart vulnerabilityTrend() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String high = wording.text("severity.HIGH");
        String medium = wording.text("severity.MEDIUM");
        String low = wording.text("severity.LOW");
        for (Trends.VulnerabilityPoint point : view.trends().vulnerabilities()) {
            data.addValue(point.high(), high, week(point.week()));
            data.addValue(point.medium(), medium, week(point.week()));
            data.addValue(point.low(), low, week(point.week()));
        }
        JFreeChart chart = Bars.stacked(data, wording.text("chart.countAxis"), ChartStyle.integers(language), noData());
        var renderer = chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, ChartStyle.PALETTE[1]);
        renderer.setSeriesPaint(1, ChartStyle.PALETTE[2]);
        renderer.setSeriesPaint(2, ChartStyle.PALETTE[4]);
        return chart;
    }

    private JFreeChart byPartner() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        view.incidents()
                .partnerKinds()
                .forEach(entry -> data.addValue(entry.count(), "", wording.label("partner", entry.key())));
        return Bars.simple(data, wording.text("chart.cases"), ChartStyle.integers(language), true, noData());
    }

    private <K> JFreeChart pie(List<Counted<K>> counts, Function<K, String> label) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        counts.forEach(entry -> data.setValue(label.apply(entry.key()), entry.count()));
        return Pies.pie(data, ChartStyle.integers(language), noData());
    }

    private String week(IsoWeek week) {
        return wording.format("chart.week", Map.of("n", week.week()));
    }

    private String noData() {
        return wording.text("chart.noData");
    }
}
