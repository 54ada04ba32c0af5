package org.sitrep.report.charts;

import java.awt.Rectangle;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.sitrep.report.fonts.BundledFonts;

/** Draws a chart into an SVG element with a viewBox (so it scales instead of clipping) and a CJK-capable font stack. */
final class SvgCanvas {
    /** Millimetres per CSS pixel, shrunk a little so that two half-width charts fit an A4 text column. */
    private static final double PRINT_MM_PER_PIXEL = 25.4 / 96 * 0.96;

    private SvgCanvas() {}

    /**
     * The chart as one {@code <svg>} element with a viewBox. {@code id} prefixes the element's definitions so that
     * several charts inlined in one page do not share clip-path ids. For a browser the element carries its size in
     * pixels (CSS scales it); for print ({@code print}) it carries its size in millimetres as a style, because
     * openhtmltopdf sizes an SVG's box from CSS and otherwise misjudges pixel dimensions.
     */
    static String draw(JFreeChart chart, String id, int width, int height, boolean print) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> BundledFonts.CSS_STACK);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        ViewBox viewBox = new ViewBox(0, 0, width, height);
        if (!print) {
            return g2.getSVGElement(id, true, viewBox, null, null);
        }
        String size = String.format(
                Locale.ROOT,
                "<svg style=\"width: %.1fmm; height: %.1fmm\" ",
                width * PRINT_MM_PER_PIXEL,
                height * PRINT_MM_PER_PIXEL);
        return g2.getSVGElement(id, false, viewBox, null, null).replaceFirst("^<svg ", size);
    }
}
