package org.sitrep.report.charts;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.sitrep.report.fonts.BundledFonts;

/** Draws a chart into an SVG element with a viewBox (so it scales instead of clipping) and a CJK-capable font stack. */
final class SvgCanvas {
    private SvgCanvas() {}

    /**
     * The chart as one {@code <svg>} element. {@code id} prefixes the element's definitions so that several charts
     * inlined in one page do not share clip-path ids.
     */
    static String draw(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setFontFunction(family -> BundledFonts.CSS_STACK);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
    }
}
