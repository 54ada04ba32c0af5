package org.sitrep.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.PieDataset;

/** Pie charts of a week's distribution: slices in palette order, labelled with name and share. */
final class Pies {
    private Pies() {}

    /** Above this many slices the names go into a legend beside the pie instead of labels around it. */
    private static final int MAX_LABELLED_SLICES = 5;

    static JFreeChart pie(PieDataset<String> data, NumberFormat counts, String noData) {
        JFreeChart chart = ChartFactory.createPieChart(null, data, true, false, Locale.ROOT);
        ChartStyle.apply(chart);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(ChartStyle.font(Font.PLAIN, 13f));
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setIgnoreZeroValues(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        plot.setSectionOutlinesVisible(true);
        for (int i = 0; i < data.getItemCount(); i++) {
            plot.setSectionPaint(data.getKey(i), ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
        }
        NumberFormat percent = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
        StandardPieSectionLabelGenerator labels = new StandardPieSectionLabelGenerator("{0} {2}", counts, percent);
        if (data.getItemCount() > MAX_LABELLED_SLICES) {
            plot.setLabelGenerator(null);
            plot.setLegendLabelGenerator(labels);
            chart.getLegend().setPosition(RectangleEdge.RIGHT);
        } else {
            plot.setLabelGenerator(labels);
            chart.removeLegend();
        }
        plot.setLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkPaint(new Color(0x999999));
        plot.setMaximumLabelWidth(0.22);
        plot.setInteriorGap(0.06);
        plot.setStartAngle(90);
        return chart;
    }
}
