package org.sitrep.app.bulletins;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.text.Language;

/** The archive as the API lists it: each week's revisions, its state and the addresses of its files. */
public final class ArchiveEntries {

    /** One revision of a week's issue. */
    public record Revision(
            int revision,
            String status,
            Instant createdAt,
            @Nullable Instant publishedAt,
            @Nullable String changeNote) {

        static Revision of(Issue issue) {
            return new Revision(
                    issue.revision(), issue.status().id(), issue.createdAt(), issue.publishedAt(), issue.changeNote());
        }
    }

    /** Where to get one file of the week: {@code GET href}, of media type {@code type}. */
    public record Link(String format, @Nullable String lang, String href, String type) {}

    /**
     * One week of the archive. {@code state} is {@code published} once a revision is, else {@code draft};
     * {@code revision} is the published revision (the draft's for a draft), {@code correction} the revision of a
     * correction being prepared for a published week.
     */
    public record Entry(
            String week,
            Map<String, String> title,
            String state,
            int revision,
            @Nullable Instant publishedAt,
            @Nullable Integer correction,
            List<Revision> revisions,
            List<Link> links) {}

    private ArchiveEntries() {}

    /** The weeks of the archive, newest first, from every revision of every week (newest first). */
    public static List<Entry> of(List<Issue> allRevisions) {
        Map<IsoWeek, List<Issue>> byWeek = new LinkedHashMap<>();
        for (Issue issue : allRevisions) {
            byWeek.computeIfAbsent(issue.week(), week -> new ArrayList<>()).add(issue);
        }
        List<Entry> entries = new ArrayList<>();
        byWeek.forEach((week, revisions) -> entries.add(entry(week, revisions)));
        return entries;
    }

    /** The week's revisions, newest first. */
    public static List<Revision> revisions(List<Issue> allRevisions, IsoWeek week) {
        return allRevisions.stream()
                .filter(issue -> issue.week().equals(week))
                .map(Revision::of)
                .toList();
    }

    /** The week's files: HTML, PDF and Markdown per language, the JSON twin. */
    public static List<Link> links(IsoWeek week) {
        List<Link> links = new ArrayList<>();
        for (Language language : List.of(Language.CHINESE, Language.ENGLISH)) {
            for (IssueFile.Kind kind : List.of(IssueFile.Kind.HTML, IssueFile.Kind.PDF, IssueFile.Kind.MARKDOWN)) {
                IssueFile file = new IssueFile(kind, language);
                links.add(new Link(kind.id(), language.tag(), file.href(week), kind.mediaType()));
            }
        }
        IssueFile json = new IssueFile(IssueFile.Kind.JSON, Language.CHINESE);
        links.add(new Link("json", null, json.href(week), IssueFile.Kind.JSON.mediaType()));
        return links;
    }

    private static Entry entry(IsoWeek week, List<Issue> revisions) {
        Issue newest = revisions.getFirst();
        Issue published =
                revisions.stream().filter(Issue::published).findFirst().orElse(null);
        Map<String, String> title = new LinkedHashMap<>();
        title.put(Language.CHINESE.tag(), BulletinFiles.title(week, Language.CHINESE));
        title.put(Language.ENGLISH.tag(), BulletinFiles.title(week, Language.ENGLISH));
        return new Entry(
                week.toString(),
                title,
                published != null ? "published" : "draft",
                published != null ? published.revision() : newest.revision(),
                published != null ? published.publishedAt() : null,
                published != null && !newest.published() ? newest.revision() : null,
                revisions.stream().map(Revision::of).toList(),
                links(week));
    }
}
