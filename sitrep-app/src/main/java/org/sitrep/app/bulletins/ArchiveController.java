package org.sitrep.app.bulletins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
import org.sitrep.app.weeks.WeekParameter;
import org.sitrep.core.week.IsoWeek;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive: its issues as JSON, and its index page, Atom feed and files at the relative addresses the page and the
 * feed link them by (under {@code /api/v1/bulletins/}, as under the data directory's {@code bulletins/}).
 */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins", description = "The weekly bulletin: archive, issues, renders, publishing, revisions")
class ArchiveController {

    private final ServedBulletins served;

    ArchiveController(ServedBulletins served) {
        this.served = served;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The archive: every week's issue, its revisions and the addresses of its files")
    List<ArchiveEntries.Entry> archive() throws SQLException, IOException {
        return ArchiveEntries.of(
                served.read((bulletins, connection) -> bulletins.archive().allRevisions()));
    }

    @GetMapping(path = "/archive", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The archive's index page (HTML)",
            description = "The page `sitrep archive` writes; its links are relative to /api/v1/bulletins/.")
    ResponseEntity<byte[]> indexPage(@RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws SQLException, IOException {
        return page("index.html", "text/html;charset=utf-8", tag);
    }

    @GetMapping(path = "/atom.xml", produces = "application/atom+xml")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The Atom feed of the published issues, newest first")
    ResponseEntity<byte[]> atom(@RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws SQLException, IOException {
        return page("atom.xml", "application/atom+xml", tag);
    }

    @GetMapping("/{week}/{lang}/{file}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A file of the archive, as the archive's index and the Atom feed link it",
            description = "`lang` zh-CN or en; `file` bulletin.html, bulletin.pdf, bulletin.md, figure-N.svg,"
                    + " blocklist.txt or blocklist.csv, as the archive holds them (a published week's are frozen).")
    ResponseEntity<byte[]> languageFile(
            @PathVariable String week,
            @PathVariable String lang,
            @PathVariable String file,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String tag) {
        return file(week, lang, file, tag);
    }

    @GetMapping("/{week}/{file}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The week's file of the archive beside its languages' folders: bulletin.json",
            description = "As the archive holds it; the same file as `GET /{week}?format=json` for a published week.")
    ResponseEntity<byte[]> weekFile(
            @PathVariable String week,
            @PathVariable String file,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String tag) {
        return file(week, null, file, tag);
    }

    private ResponseEntity<byte[]> file(String week, @Nullable String lang, String name, @Nullable String tag) {
        IsoWeek target = WeekParameter.of(week, served.config(), served.clock());
        ArchivedFiles.Found found = ArchivedFiles.find(served.archive(), target, lang, name)
                .orElseThrow(() ->
                        new ArchivedFiles.NotArchivedException(target + "/" + (lang == null ? "" : lang + "/") + name));
        return FileResponses.frozen(found.bytes(), FileResponses.headers(found.type(), found.disposition()), tag);
    }

    /** The archive's own page, written when it is not there yet (every publication writes it again). */
    private ResponseEntity<byte[]> page(String name, String type, @Nullable String tag)
            throws SQLException, IOException {
        Path file = served.archive().resolve(name);
        if (!Files.isRegularFile(file)) {
            served.write((bulletins, connection) -> bulletins.writeArchivePages());
        }
        return FileResponses.frozen(Files.readAllBytes(file), FileResponses.headers(type, null), tag);
    }
}
