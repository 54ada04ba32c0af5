package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.assessment.Band;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.HeadlineIndicator;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;

/**
 * The bulletin workflow over one store: the issue of a week (frozen when published, else a fresh draft),
 * publishing with corrections as new revisions, and rendering issues and the archive pages.
 */
public final class Bulletins {

    private final BulletinArchive archive;
    private final WeekReports reports;
    private final BulletinFiles files;
    private final ArchivePages pages;
    private final Path root;

    /** @param warnings told of keys the bulletin shows as other/unknown, for the command's standard error */
    public Bulletins(Connection connection, SitrepConfig config, Path root, Clock clock, Consumer<String> warnings) {
        this.archive = new BulletinArchive(connection, clock);
        this.reports = new WeekReports(connection, config);
        this.files = new BulletinFiles(connection, config, archive, root, warnings);
        this.pages = new ArchivePages(archive, config);
        this.root = root;
    }

    public BulletinArchive archive() {
        return archive;
    }

    public WeekReports reports() {
        return reports;
    }

    public Path folder(IsoWeek week) {
        return files.folder(week);
    }

    /** Where the issue's files are written: a draft of a week already published goes beside the archive's. */
    public Path folder(Issue issue) throws SQLException {
        return files.folder(issue);
    }

    /**
     * The issue readers get for the week: its published revision as frozen, unless {@code fresh} asks for the
     * figures as they are now (kept as the week's draft).
     */
    public Issue issue(IsoWeek week, boolean fresh) throws SQLException {
        Optional<Issue> published = archive.published(week);
        if (published.isPresent() && !fresh) {
            return published.get();
        }
        return draft(week);
    }

    /**
     * Computes the week as the store has it now and keeps it as the week's draft. Last week's numbers are those its
     * published issue froze, when it has one.
     */
    public Issue draft(IsoWeek week) throws SQLException {
        Optional<WeeklyFigures> lastIssue = archive.published(week.previous())
                .map(issue -> ReportJson.read(issue).figures());
        WeekReport report = reports.compute(week, lastIssue);
        return archive.saveDraft(
                week, ReportJson.figures(report.figures()), ReportJson.assessment(report.assessment()));
    }

    /**
     * Publishes the week as the store has it now. For a week already published this is a correction: it needs a
     * note, and the headline figures that changed are added to it.
     */
    public Issue publish(IsoWeek week, @Nullable String note) throws SQLException {
        Optional<Issue> previous = archive.published(week);
        Issue draft = draft(week);
        String changes = previous.map(before -> changes(ReportJson.read(before), ReportJson.read(draft)))
                .orElse("");
        if (previous.isPresent() && (note == null || note.isBlank())) {
            throw new IllegalArgumentException(week + " is already published (revision "
                    + previous.get().revision() + "); a correction needs --note saying why"
                    + (changes.isEmpty() ? "" : " (changed: " + changes + ")"));
        }
        String fullNote = previous.isEmpty() ? note : note + (changes.isEmpty() ? "" : " (changed: " + changes + ")");
        return archive.publish(week, fullNote);
    }

    public List<Path> render(Issue issue, Set<Language> languages, Set<Format> formats, boolean json)
            throws IOException, SQLException {
        return files.write(issue, languages, formats, json);
    }

    public List<Path> writeArchivePages() throws IOException, SQLException {
        return pages.write(root);
    }

    /** The headline indicators that differ between two revisions, e.g. {@code defaced 4988→5002}. */
    static String changes(WeekReport before, WeekReport after) {
        List<String> changed = new ArrayList<>();
        List<HeadlineIndicator> old = before.figures().headline();
        List<HeadlineIndicator> now = after.figures().headline();
        for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
            if (old.get(i).thisWeek() != now.get(i).thisWeek()) {
                changed.add(now.get(i).id() + " " + old.get(i).thisWeek() + "→"
                        + now.get(i).thisWeek());
            }
        }
        if (before.assessment().finalBand() != after.assessment().finalBand()) {
            changed.add("rating " + band(before) + "→" + band(after));
        }
        return String.join(", ", changed);
    }

    private static String band(WeekReport report) {
        Band band = report.assessment().finalBand();
        return band != null ? band.chinese() : "—";
    }
}
