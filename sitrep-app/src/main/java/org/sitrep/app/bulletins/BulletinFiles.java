package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** Renders the issue in the languages and formats asked; JSON is written whenever asked, once per week. */
    public List<Path> write(Issue issue, Set<Language> languages, Set<Format> formats, boolean json)
            throws IOException, SQLException {
        WeekReport report = ReportJson.read(issue);
        IsoWeek week = issue.week();
        List<IsoWeek> recent = archive.publishedIssues().stream()
                .map(Issue::week)
                .filter(published -> published.compareTo(week) < 0)
                .toList();
        Blocklist blocklist = Blocklists.of(connection, week, config.zone(), config.publishUnmarked());
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
                    other -> "../../" + other + "/" + language.tag() + "/bulletin.html",
                    blocklist,
                    once);
            Path folder = folder(week).resolve(language.tag());
            Files.createDirectories(folder);
            for (Format format : formats) {
                written.addAll(renderer.render(view, language.locale(), format, folder));
            }
        }
        if (json) {
            written.add(writeJson(issue, report));
        }
        return written;
    }

    /** The machine-readable twin: every figure with its definition, both weeks and the change, and the assessment. */
    private Path writeJson(Issue issue, WeekReport report) throws IOException {
        FigureLabels zh = FigureLabels.of(Language.CHINESE.locale());
        FigureLabels en = FigureLabels.of(Language.ENGLISH.locale());
        Map<String, Object> definitions = new LinkedHashMap<>();
        for (Figure figure : report.figures().figures()) {
            definitions.put(
                    figure.id(),
                    Map.of(
                            "label", Map.of("zh-CN", zh.label(figure.id()), "en", en.label(figure.id())),
                            "definition",
                                    Map.of("zh-CN", zh.definition(figure.id()), "en", en.definition(figure.id()))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("week", issue.week().toString());
        document.put(
                "title",
                Map.of("zh-CN", title(issue.week(), Language.CHINESE), "en", title(issue.week(), Language.ENGLISH)));
        document.put("revision", issue.revision());
        document.put("status", issue.status().name().toLowerCase(java.util.Locale.ROOT));
        document.put("published_at", issue.publishedAt());
        document.put("change_note", issue.changeNote());
        document.put("figures", report.figures());
        document.put("assessment", report.assessment());
        document.put("definitions", definitions);
        Path file = folder(issue.week()).resolve("bulletin.json");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(document),
                StandardCharsets.UTF_8);
        return file;
    }

    public static String title(IsoWeek week, Language language) {
        return IssueTitle.full(week, Wording.of(language));
    }

    public static Set<Language> languages() {
        return Set.of(Language.CHINESE, Language.ENGLISH);
    }
}
