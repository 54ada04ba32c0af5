package org.sitrep.report.text;

import java.util.List;
import java.util.Map;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.model.Organisation;

/** Sections 6 and 7: recent issues and the organisation's paragraph. */
final class RecentWriter {
    private RecentWriter() {}

    static WrittenBulletin.Section write(BulletinView view, Wording wording) {
        List<Block.Link> links = view.recentIssues().stream()
                .map(issue -> new Block.Link(IssueTitle.full(issue.week(), wording), issue.href()))
                .toList();
        List<Block> blocks = links.isEmpty()
                ? List.of(new Block.Paragraph(wording.text("recent.none")))
                : List.of(new Block.Links(links));
        return new WrittenBulletin.Section("recent", wording.text("section.recent"), blocks);
    }

    static WrittenBulletin.Section about(Organisation organisation, Wording wording) {
        String name = BulletinWriter.localized(organisation.name(), wording.language());
        String heading = wording.format("section.about", Map.of("organisation", name));
        String about = BulletinWriter.localized(organisation.about(), wording.language());
        return new WrittenBulletin.Section("about", heading, List.of(new Block.Paragraph(about)));
    }
}
