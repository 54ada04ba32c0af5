package org.sitrep.report.text;

/**
 * The bulletin's figures in order of appearance; each is numbered by its position (图1 … 图11) in every issue, so
 * the text can refer to a figure before it is drawn.
 */
public enum FigureKind {
    INFECTED_TREND,
    INFECTED_BY_PROVINCE,
    DROP_SITE_REGISTRATION,
    DROP_SITE_TLD,
    WEBSITE_TREND,
    DEFACED_BY_KIND,
    BACKDOORED_BY_KIND,
    VULNERABILITY_TREND,
    VULNERABILITY_BY_OBJECT,
    CASES_BY_TYPE,
    CASES_BY_PARTNER;

    /** The figure's number as printed (1-based). */
    public int number() {
        return ordinal() + 1;
    }

    /** The file name of the figure's SVG beside a Markdown issue. */
    public String fileName() {
        return "figure-" + number() + ".svg";
    }
}
