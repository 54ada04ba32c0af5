package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.figures.Figure;
import org.sitrep.core.figures.FigureLabels;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.AtomicFiles;
import org.sitrep.report.BulletinRenderer;
import org.sitrep.report.Format;
import org.sitrep.report.model.Blocklist;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.text.IssueTitle;
import org.sitrep.report.text.Language;
import org.sitrep.report.text.Wording;

/**
 * Writes one issue's files under {@code bulletins/{year}-W{nn}/}: per language a folder ({@code zh-CN/},
 * {@code en/}) with the HTML, PDF and Markdown (charts beside it); for the week the JSON twin and the blocklist.
 */
public final class BulletinFiles {

    private final Connection connection;
    private final SitrepConfig config;
    private final BulletinArchive archive;
    private final Path root;
    private final Consumer<String> warnings;
    private final BulletinRenderer renderer = new BulletinRenderer();

    /** The folder, beside the weeks', of drafts of weeks already published. */
    static final String DRAFTS = "drafts";

    /** @param warnings told of what the bulletin shows otherwise than the figures name it (other/unknown keys) */
    public BulletinFiles(
            Connection connection, SitrepConfig config, BulletinArchive archive, Path root, Consumer<String> warnings) {
        this.connection = connection;
        this.config = config;
        this.archive = archive;
        this.root = root;
        this.warnings = warnings;
    }

    public Path folder(IsoWeek week) {
        return root.resolve(week.toString());
    }

    /**
     * Where an issue's files go: the week's folder, except for a draft of a week already published (a correction
     * in the making, or {@code --fresh}), which goes to {@code drafts/{week}/} so that the published files, which
     * the archive and the Atom feed link to, never change.
     */
    public Path folder(Issue issue) throws SQLException {
        boolean publishedBefore =
                !issue.published() && archive.published(issue.week()).isPresent();
        return publishedBefore ? root.resolve(DRAFTS).resolve(issue.week().toString()) : folder(issue.week());
    }

    /** Renders the issue in the languages and formats asked; JSON is written whenever asked, once per week. */
    public List<Path> write(Issue issue, Set<Language> languages, Set<Format> formats, boolean json)
            throws IOException, SQLException {
        WeekReport report = ReportJson.read(issue);
        IsoWeek week = issue.week();
        List<IsoWeek> recent = archive.publishedIssues().stream()
                .map(Issue::week)
                .filter(published -> published.compareTo(week) < 0)
                .toList();
        Blocklist blocklist =
                Blocklists.of(connection, week, config.zone(), config.publishUnmarked(), issue.publishedAt());
        Path target = folder(issue);
        AtomicFiles.deleteLeftovers(target);
        String up = target.equals(folder(week)) ? "../../" : "../../../";
        List<Path> written = new ArrayList<>();
        Set<String> told = new HashSet<>();
        Consumer<String> once = warning -> {
            if (told.add(warning)) {
                warnings.accept(warning);
            }
        };
        for (Language language : languages) {
            BulletinView view = BulletinViews.of(
                    report,
                    config,
                    recent,
                    other -> up + other + "/" + language.tag() + "/bulletin.html",
                    blocklist,
                    once);
            Path folder = target.resolve(language.tag());
            Files.createDirectories(folder);
            for (Format format : formats) {
                written.addAll(renderer.render(view, language.locale(), format, folder));
            }
        }
        if (json) {
            written.add(writeJson(issue, report, target));
        }
        return written;
    }

    /** The machine-readable twin: every figure with its definition, both weeks and the change, and the assessment. */
    private Path writeJson(Issue issue, WeekReport report, Path target) throws IOException {
        FigureLabels zh = FigureLabels.of(Language.CHINESE.locale());
        FigureLabels en = FigureLabels.of(Language.ENGLISH.locale());
        Map<String, Object> definitions = new LinkedHashMap<>();
        for (Figure figure : report.figures().figures()) {
            definitions.put(
                    figure.id(),
                    ordered(
                            "label",
                            ordered("zh-CN", zh.label(figure.id()), "en", en.label(figure.id())),
                            "definition",
                            ordered("zh-CN", zh.definition(figure.id()), "en", en.definition(figure.id()))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("week", issue.week().toString());
        document.put(
                "title",
                ordered("zh-CN", title(issue.week(), Language.CHINESE), "en", title(issue.week(), Language.ENGLISH)));
        document.put("revision", issue.revision());
        document.put("status", issue.status().name().toLowerCase(java.util.Locale.ROOT));
        document.put("published_at", issue.publishedAt());
        document.put("change_note", issue.changeNote());
        document.put("figures", report.figures());
        document.put("assessment", report.assessment());
        // For the editor, not the published text: which baselines are placeholders (configured reference values)
        document.put(
                "placeholder_baselines",
                report.assessment().placeholderBaselines().stream()
                        .map(indicator -> indicator.id())
                        .toList());
        document.put("definitions", definitions);
        Path file = target.resolve("bulletin.json");
        return AtomicFiles.writeString(
                file, ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    /** A two-key map in the order given ({@code Map.of}'s order changes from one run to the next). */
    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    public static String title(IsoWeek week, Language language) {
        return IssueTitle.full(week, Wording.of(language));
    }

    public static Set<Language> languages() {
        return Set.of(Language.CHINESE, Language.ENGLISH);
    }
}
