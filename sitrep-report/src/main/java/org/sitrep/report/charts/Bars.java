package org.sitrep.report.charts;

import java.awt.Font;
import java.text.NumberFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/** Bar and line charts over categories (weeks, provinces, top-level domains, partner kinds). */
final class Bars {
    private Bars() {}

    /** Bars stacked by series, one bar per category (a week). */
    static JFreeChart stacked(CategoryDataset data, String valueAxis, NumberFormat format, String noData) {
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, valueAxis, data);
        finish(chart, format, noData);
        ((BarRenderer) chart.getCategoryPlot().getRenderer()).setMaximumBarWidth(0.07);
        return chart;
    }

    /** Simple bars; horizontal ones suit long labels (provinces, partner kinds) and show their values. */
    static JFreeChart simple(
            CategoryDataset data, String valueAxis, NumberFormat format, boolean horizontal, String noData) {
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data);
        chart.removeLegend();
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        finish(chart, format, noData);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setMaximumBarWidth(horizontal ? 0.7 : 0.09);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 11f));
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                horizontal
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(4);
        if (horizontal) {
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
        }
        plot.getRangeAxis().setUpperMargin(horizontal ? 0.2 : 0.12);
        return chart;
    }

    /** One line per series over the weeks. */
    static JFreeChart lines(CategoryDataset data, String valueAxis, NumberFormat format, String noData) {
        JFreeChart chart = ChartFactory.createLineChart(null, null, valueAxis, data);
        finish(chart, format, noData);
        LineAndShapeRenderer renderer =
                (LineAndShapeRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultShapesVisible(true);
        return chart;
    }

    private static void finish(JFreeChart chart, NumberFormat format, String noData) {
        ChartStyle.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage(noData);
        plot.setNoDataMessageFont(ChartStyle.font(Font.PLAIN, 13f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        domain.setMaximumCategoryLabelWidthRatio(1.6f);
        domain.setCategoryMargin(0.12);
        domain.setAxisLineVisible(true);
        domain.setTickMarksVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(format);
        range.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        range.setAxisLineVisible(false);
        range.setTickMarksVisible(false);
        range.setAutoRangeIncludesZero(true);
    }
}
