package org.sitrep.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.sitrep.report.fonts.BundledFonts;
import org.sitrep.report.text.Language;

/** The bulletin's chart look: a sober palette, no gradients or shadows, light grid lines, legend below. */
final class ChartStyle {
    /** Series colours in order: navy, brick red, ochre, teal, slate, plum, sky, olive. */
    static final Color[] PALETTE = {
        new Color(0x1F4E79), new Color(0xB03A2E), new Color(0xD68910), new Color(0x148F77),
        new Color(0x5D6D7E), new Color(0x7D3C98), new Color(0x5DADE2), new Color(0x9A7D0A)
    };

    static final Color TEXT = new Color(0x333333);
    static final Color GRID = new Color(0xDDDDDD);

    private ChartStyle() {}

    static void apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 12f));
            legend.setItemPaint(TEXT);
        }
    }

    static Font font(int style, float size) {
        return BundledFonts.chartFont(style, size);
    }

    /** Integers as the language writes them: no grouping in Chinese, thousands separators in English. */
    static NumberFormat integers(Language language) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ROOT);
        format.setGroupingUsed(language == Language.ENGLISH);
        return format;
    }

    /** Host counts in 万 (Chinese) or thousands (English) with at most one decimal. */
    static NumberFormat oneDecimal() {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("sitrep", false);
        theme.setExtraLargeFont(font(Font.BOLD, 15f));
        theme.setLargeFont(font(Font.BOLD, 13f));
        theme.setRegularFont(font(Font.PLAIN, 12f));
        theme.setSmallFont(font(Font.PLAIN, 11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(
                PALETTE.clone(),
                new Paint[] {Color.WHITE},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
                new java.awt.Stroke[] {new BasicStroke(2.2f)},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }
}
