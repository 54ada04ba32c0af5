package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.figures.Change;
import org.sitrep.core.figures.Distribution;
import org.sitrep.core.figures.Figure;
import org.sitrep.core.figures.FigureLabels;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.figures.HeadlineIndicator;
import org.sitrep.core.figures.Incidents;
import org.sitrep.core.figures.Section;
import org.sitrep.core.figures.TopVulnerability;
import org.sitrep.core.figures.Unit;
import org.sitrep.core.figures.WeeklyFigures;

/** Prints a week's figures for a terminal: one aligned table per section, then its distributions and lists. */
final class FigureTable {

    /** The vocabulary of each distribution's keys in the label bundles, where it has one. */
    private static final Map<String, String> VOCABULARIES = Map.of(
            "malware.drop_site_domains.by_registration", "registration",
            "websites.defaced.by_domain_kind", "domain-kind",
            "websites.backdoored.by_domain_kind", "domain-kind",
            "websites.phishing_pages.by_sector", "sector",
            "vulnerabilities.by_object", "object",
            "cases.by_partner_kind", "partner-kind",
            "cases.by_type", "case-type",
            "cases.phishing.by_sector", "sector");

    private final FigureLabels labels;

    FigureTable(FigureLabels labels) {
        this.labels = labels;
    }

    void print(WeeklyFigures figures, PrintWriter out) {
        out.printf(
                "%s  %s – %s (%s)%n",
                figures.week(), figures.week().monday(), figures.week().sunday(), figures.zone());
        for (Section section : Section.values()) {
            out.println();
            out.println("== " + labels.section(section));
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {
                "", labels.text("table.this_week"), labels.text("table.last_week"), labels.text("table.change")
            });
            if (section == Section.OVERVIEW) {
                for (Headline headline : Headline.values()) {
                    HeadlineIndicator indicator = figures.headline(headline);
                    rows.add(new String[] {
                        labels.headline(headline),
                        Long.toString(indicator.thisWeek()),
                        Long.toString(indicator.lastWeek()),
                        change(indicator.change())
                    });
                }
            }
            for (Figure figure : figures.figures()) {
                if (figure.section() == section) {
                    rows.add(new String[] {
                        labels.label(figure.id()),
                        value(figure.thisWeek(), figure.unit()),
                        value(figure.lastWeek(), figure.unit()),
                        change(figure.change())
                    });
                }
            }
            printAligned(rows, out);
            extras(section, figures, out);
            for (Distribution distribution : figures.distributions()) {
                if (distribution.section() == section) {
                    printDistribution(distribution, out);
                }
            }
        }
        out.flush();
    }

    private void extras(Section section, WeeklyFigures figures, PrintWriter out) {
        switch (section) {
            case OVERVIEW -> {
                Incidents incidents = figures.incidents();
                out.println("  worst grade: "
                        + (incidents.worstGrade() == null
                                ? "–"
                                : incidents.worstGrade().chinese()));
                for (Incidents.GradedIncidents graded : incidents.infrastructure()) {
                    out.printf(
                            "  %s %s: %d%n",
                            graded.grade().chinese(), graded.scope().id(), graded.cases());
                }
            }
            case MALWARE -> {
                out.println(
                        "  new names: " + String.join(", ", figures.newMalware().names()));
                out.println("  new families: "
                        + String.join(", ", figures.newMalware().families()));
            }
            case VULNERABILITIES -> {
                List<String[]> rows = new ArrayList<>();
                for (TopVulnerability top : figures.topVulnerabilities()) {
                    rows.add(new String[] {
                        top.rank() + ". " + top.id(),
                        top.severity() == null ? "–" : top.severity(),
                        top.score() == null ? "–" : String.format(Locale.ROOT, "%.1f", top.score()),
                        (top.knownExploited() ? "exploited " : "")
                                + (top.zeroDay() ? "0-day " : "")
                                + (top.affectedObject() == null ? "" : labels.key("object", top.affectedObject())),
                        top.title() == null ? "" : top.title()
                    });
                }
                if (!rows.isEmpty()) {
                    out.println("  " + labels.text("table.top_vulnerabilities") + ":");
                    printAligned(rows, out);
                }
            }
            case WEBSITES, CASES -> {}
        }
    }

    private void printDistribution(Distribution distribution, PrintWriter out) {
        out.println("  " + labels.label(distribution.id()) + ":");
        String vocabulary = VOCABULARIES.get(distribution.id());
        List<String[]> rows = new ArrayList<>();
        for (Distribution.Entry entry : distribution.entries()) {
            String key = vocabulary == null ? entry.key() : labels.key(vocabulary, entry.key());
            rows.add(new String[] {"  " + key, Long.toString(entry.count())});
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {"  –", "0"});
        }
        printAligned(rows, out);
    }

    static String value(@Nullable Number value, Unit unit) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Long count) {
            return count.toString();
        }
        String number = String.format(Locale.ROOT, "%.1f", value.doubleValue());
        return unit == Unit.PERCENT ? number + "%" : number;
    }

    private String change(Change change) {
        if (change.percent() == null) {
            return change.trend() == Change.Trend.UP ? labels.text("table.up_from_zero") : "–";
        }
        if (change.trend() == Change.Trend.UNCHANGED) {
            return "0.0%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", change.percent());
    }

    /** First column left-aligned, the others right-aligned, by display width (CJK characters are two wide). */
    static void printAligned(List<String[]> rows, PrintWriter out) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                String padding = " ".repeat(widths[i] - width(row[i]));
                line.append(i == 0 || i == 4 ? row[i] + padding : padding + row[i])
                        .append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    static int width(String text) {
        return text.codePoints().map(FigureTable::columnsOf).sum();
    }

    private static int columnsOf(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
