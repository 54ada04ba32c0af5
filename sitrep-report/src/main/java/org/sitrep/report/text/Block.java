package org.sitrep.report.text;

import java.util.List;
import java.util.Objects;

/** One block of a written section, in the bulletin's language, ready to lay out in any format. */
public sealed interface Block {

    /** The block's kind for templates ({@code paragraph}, {@code rating}, {@code headline} …). */
    String kind();

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text must not be null");
        }

        @Override
        public String kind() {
            return "paragraph";
        }
    }

    /**
     * The rating shown prominently: {@code label} (整体评价), the band as a word (良), the band's id for styling and
     * both as one line of text ({@code 网络安全态势整体评价：良}) for plain formats.
     */
    record Rating(String label, String text, String bandId, String line) implements Block {
        @Override
        public String kind() {
            return "rating";
        }
    }

    /** The headline table of the overview. */
    record Headline(String caption, List<String> header, List<HeadlineRow> rows) implements Block {
        public Headline {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }

        @Override
        public String kind() {
            return "headline";
        }
    }

    /**
     * One headline row: the indicator, both weeks as written, the change as written (▲17.3% / ▼9.7% / 持平 / —)
     * and its direction ({@code up}, {@code down}, {@code flat}, {@code none}) for styling.
     */
    record HeadlineRow(
            String indicator, String thisWeek, String lastWeek, String change, String direction, boolean sub) {}

    /** A captioned table ({@code 表1 …}). */
    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "table";
        }
    }

    /** One or two figures side by side. */
    record Figures(List<Figure> figures) implements Block {
        public Figures {
            figures = List.copyOf(figures);
        }

        @Override
        public String kind() {
            return "figures";
        }
    }

    /** A figure: which chart, and its full caption ({@code 图1 近12周境内感染网络病毒主机数量}). */
    record Figure(FigureKind chart, String caption) {}

    /** A list of links (recent issues). */
    record Links(List<Link> links) implements Block {
        public Links {
            links = List.copyOf(links);
        }

        @Override
        public String kind() {
            return "links";
        }
    }

    /** A link's text and target. */
    record Link(String text, String href) {}
}
