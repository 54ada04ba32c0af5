package org.sitrep.report.text;

import java.util.List;

/**
 * One issue written out in one language: every sentence, label and caption, in section order. The HTML, PDF and
 * Markdown formats only lay this out.
 *
 * @param language the language it is written in
 * @param title the full title ({@code 网络安全信息与动态周报2024年第45期（11月4日-11月10日）})
 * @param masthead the bulletin's name
 * @param issueLine the issue part of the title ({@code 2024年第45期（11月4日-11月10日）})
 * @param publisher the publishing organisation's full name
 * @param sections the sections in print order
 */
public record WrittenBulletin(
        Language language, String title, String masthead, String issueLine, String publisher, List<Section> sections) {
    public WrittenBulletin {
        sections = List.copyOf(sections);
    }

    /** A section: a stable id ({@code overview}, {@code malware} …), its heading and its blocks. */
    public record Section(String id, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }

        /** The section's paragraphs only, in order (what a reader reads as its text). */
        public List<String> paragraphs() {
            return blocks.stream()
                    .filter(Block.Paragraph.class::isInstance)
                    .map(block -> ((Block.Paragraph) block).text())
                    .toList();
        }
    }

    /** The section with the given id. */
    public Section section(String id) {
        return sections.stream()
                .filter(section -> section.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + id));
    }
}
