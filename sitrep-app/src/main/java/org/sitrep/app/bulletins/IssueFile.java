package org.sitrep.app.bulletins;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;

/**
 * One file of an issue as the API serves it: the format and language asked for, where the renderers put it under
 * an issue's folder, its media type and the name a download gets. JSON is one file per week, in both languages.
 */
public record IssueFile(Kind kind, Language language) {

    /** The formats the API serves; the blocklists are files of the archive ({@code /api/v1/bulletins/{week}/…}). */
    public enum Kind {
        HTML("html", "bulletin.html", "text/html;charset=utf-8", true),
        PDF("pdf", "bulletin.pdf", "application/pdf", false),
        MARKDOWN("md", "bulletin.md", "text/markdown;charset=utf-8", false),
        JSON("json", "bulletin.json", "application/json", false);

        private final String id;
        private final String fileName;
        private final String mediaType;
        private final boolean inline;

        Kind(String id, String fileName, String mediaType, boolean inline) {
            this.id = id;
            this.fileName = fileName;
            this.mediaType = mediaType;
            this.inline = inline;
        }

        public String id() {
            return id;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The renderer's format, or null for the JSON twin, which the archive writes itself. */
        @Nullable
        Format format() {
            return switch (this) {
                case HTML -> Format.HTML;
                case PDF -> Format.PDF;
                case MARKDOWN -> Format.MARKDOWN;
                case JSON -> null;
            };
        }

        /** {@code html}, {@code pdf}, {@code md} (or {@code markdown}), {@code json}; html when absent. */
        public static Kind parse(@Nullable String text) {
            if (text == null || text.isBlank()) {
                return HTML;
            }
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (kind.id.equals(wanted) || ("markdown".equals(wanted) && kind == MARKDOWN)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("format must be html, pdf, md or json, was '" + shown(text) + "'");
        }
    }

    /** The format and language of a request: {@code lang} is zh-CN (the default) or en. */
    public static IssueFile of(@Nullable String format, @Nullable String lang) {
        return new IssueFile(Kind.parse(format), language(lang));
    }

    static Language language(@Nullable String lang) {
        if (lang == null || lang.isBlank()) {
            return Language.CHINESE;
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "zh-cn", "zh" -> Language.CHINESE;
            case "en" -> Language.ENGLISH;
            default -> throw new IllegalArgumentException("lang must be zh-CN or en, was '" + shown(lang) + "'");
        };
    }

    /** Where the file is under an issue's folder ({@code zh-CN/bulletin.pdf}, {@code bulletin.json}). */
    public Path in(Path issueFolder) {
        return kind == Kind.JSON
                ? issueFolder.resolve(kind.fileName)
                : issueFolder.resolve(language.tag()).resolve(kind.fileName);
    }

    /** What the renderers are asked for to write this file. */
    Set<Format> formats() {
        Format format = kind.format();
        return format == null ? EnumSet.noneOf(Format.class) : EnumSet.of(format);
    }

    /** The name a download of the week's file gets: {@code sitrep-2024-W45-en.pdf}, {@code sitrep-2024-W45.json}. */
    public String downloadName(IsoWeek week) {
        String extension = kind.fileName.substring(kind.fileName.indexOf('.'));
        return "sitrep-" + week + (kind == Kind.JSON ? "" : "-" + language.tag()) + extension;
    }

    /** The {@code Content-Disposition} of the file: HTML is shown in place, the others are downloads. */
    public String disposition(IsoWeek week) {
        return (kind.inline ? "inline" : "attachment") + "; filename=\"" + downloadName(week) + "\"";
    }

    /** The API's address of the file of a week. */
    public String href(IsoWeek week) {
        return "/api/v1/bulletins/" + week + "?format=" + kind.id
                + (kind == Kind.JSON ? "" : "&lang=" + language.tag());
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
