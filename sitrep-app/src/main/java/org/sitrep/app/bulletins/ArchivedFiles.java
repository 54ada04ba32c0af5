package org.sitrep.app.bulletins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.text.Language;

/**
 * The archive's files by the relative addresses its index page and Atom feed use ({@code 2024-W45/zh-CN/bulletin.html},
 * {@code 2024-W45/bulletin.json}): only the names the renderers write, in a week's folder or one of its two
 * languages' folders, so that no address reaches anything else in the data directory.
 */
final class ArchivedFiles {

    /** A file of the archive that is there, with its media type. */
    record Found(String name, String type, byte[] bytes) {
        String disposition() {
            return (name.endsWith(".html") ? "inline" : "attachment") + "; filename=\"" + name + "\"";
        }
    }

    /** No such file in the archive. */
    static final class NotArchivedException extends IllegalStateException {
        NotArchivedException(String address) {
            super("the archive holds no " + address);
        }
    }

    private static final Pattern LANGUAGE_FILE =
            Pattern.compile("(?:bulletin|figure-[0-9]{1,2}|blocklist)\\.(html|pdf|md|svg|txt|csv)");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "pdf", "application/pdf",
            "md", "text/markdown;charset=utf-8",
            "svg", "image/svg+xml",
            "txt", "text/plain;charset=utf-8",
            "csv", "text/csv;charset=utf-8",
            "json", "application/json");

    private ArchivedFiles() {}

    /** The file {@code name} of the week (in the language's folder when {@code lang} is given), if it is there. */
    static Optional<Found> find(Path archive, IsoWeek week, @Nullable String lang, String name) {
        Path folder = archive.resolve(week.toString());
        String extension;
        if (lang == null) {
            if (!"bulletin.json".equals(name)) {
                return Optional.empty();
            }
            extension = "json";
        } else {
            Matcher matcher = LANGUAGE_FILE.matcher(name);
            Optional<Language> language = language(lang);
            if (!matcher.matches() || language.isEmpty()) {
                return Optional.empty();
            }
            folder = folder.resolve(language.get().tag());
            extension = matcher.group(1);
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Found(
                    "sitrep-" + week + (lang == null ? "" : "-" + lang) + "-" + name,
                    TYPES.getOrDefault(extension, "application/octet-stream"),
                    Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + week + "/" + name + " of the archive", e);
        }
    }

    private static Optional<Language> language(String lang) {
        return switch (lang) {
            case "zh-CN" -> Optional.of(Language.CHINESE);
            case "en" -> Optional.of(Language.ENGLISH);
            default -> Optional.empty();
        };
    }
}
