package org.sitrep.report.markdown;

import java.util.List;
import org.sitrep.report.text.Block;
import org.sitrep.report.text.WrittenBulletin;

/**
 * Lays a written bulletin out as CommonMark with GFM tables; each figure is an image link to its SVG file beside
 * the document ({@code figure-1.svg} …).
 */
public final class MarkdownDocument {
    private MarkdownDocument() {}

    public static String render(WrittenBulletin bulletin) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(bulletin.title()).append("\n\n");
        out.append("*").append(escape(bulletin.publisher())).append("*\n");
        for (WrittenBulletin.Section section : bulletin.sections()) {
            out.append("\n## ").append(section.heading()).append("\n");
            section.blocks().forEach(block -> out.append('\n').append(block(block)));
        }
        return out.toString();
    }

    private static String block(Block block) {
        return switch (block) {
            case Block.Paragraph paragraph -> escape(paragraph.text()) + "\n";
            case Block.Rating rating -> "**" + escape(rating.line()) + "**\n";
            case Block.Headline headline -> headline(headline);
            case Block.Table table -> "**" + escape(table.caption()) + "**\n\n" + table(table.header(), table.rows());
            case Block.Figures figures -> figures(figures);
            case Block.Links links -> links(links);
        };
    }

    private static String headline(Block.Headline headline) {
        List<List<String>> rows = headline.rows().stream()
                .map(row ->
                        List.of((row.sub() ? "　" : "") + row.indicator(), row.thisWeek(), row.lastWeek(), row.change()))
                .toList();
        return "**" + escape(headline.caption()) + "**\n\n" + table(headline.header(), rows, true);
    }

    private static String table(List<String> header, List<List<String>> rows) {
        return table(header, rows, false);
    }

    private static String table(List<String> header, List<List<String>> rows, boolean numbersRight) {
        StringBuilder out = new StringBuilder();
        out.append(row(header));
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            rule.append(numbersRight && i > 0 ? " ---: |" : " --- |");
        }
        out.append(rule).append('\n');
        rows.forEach(cells -> out.append(row(cells)));
        return out.toString();
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        cells.forEach(
                cell -> out.append(' ').append(escape(cell).replace("|", "\\|")).append(" |"));
        return out.append('\n').toString();
    }

    private static String figures(Block.Figures figures) {
        StringBuilder out = new StringBuilder();
        for (Block.Figure figure : figures.figures()) {
            out.append("![")
                    .append(escape(figure.caption()))
                    .append("](")
                    .append(figure.chart().fileName())
                    .append(")\n\n*")
                    .append(escape(figure.caption()))
                    .append("*\n\n");
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String links(Block.Links links) {
        StringBuilder out = new StringBuilder();
        links.links()
                .forEach(link -> out.append("- [")
                        .append(escape(link.text()))
                        .append("](")
                        .append(link.href())
                        .append(")\n"));
        return out.toString();
    }

    /** Escapes the characters Markdown would read as markup inside running text. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("*", "\\*")
                .replace("_", "\\_")
                .replace("[", "\\[")
                .replace("]", "\\]")
                .replace("<", "&lt;");
    }
}
