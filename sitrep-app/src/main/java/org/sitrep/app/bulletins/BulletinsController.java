package org.sitrep.app.bulletins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.jobs.Job;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.server.Problems;
import org.sitrep.app.weeks.WeekFigures;
import org.sitrep.core.week.IsoWeek;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bulletin: the archive, a week's issue in every format and language, renders, publishing and revisions. */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins", description = "The weekly bulletin: archive, issues, renders, publishing, revisions")
class BulletinsController {

    /** Bounds a note or a force reason: a few paragraphs. */
    static final int MAX_NOTE = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServedBulletins served;
    private final IssueDownloads downloads;
    private final DraftRenders renders;
    private final AuditTrail audit;

    BulletinsController(ServedBulletins served, IssueDownloads downloads, DraftRenders renders, AuditTrail audit) {
        this.served = served;
        this.downloads = downloads;
        this.renders = renders;
        this.audit = audit;
    }

    /** What a publication answers: the revision published and where its files are. */
    record Published(
            String week,
            int revision,
            Instant publishedAt,
            @Nullable String changeNote,
            List<ArchiveEntries.Link> links) {}

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The archive: every week's issue, its revisions and the addresses of its files")
    List<ArchiveEntries.Entry> archiveList() throws SQLException, IOException {
        return ArchiveEntries.of(
                served.read((bulletins, connection) -> bulletins.archive().allRevisions()));
    }

    @GetMapping(path = "/archive", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The archive's index page (HTML)",
            description = "The page `sitrep archive` writes; its links are relative to /api/v1/bulletins/.")
    ResponseEntity<byte[]> archivePage(@RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws SQLException, IOException {
        return archiveFile("index.html", "text/html;charset=utf-8", tag);
    }

    @GetMapping(path = "/atom.xml", produces = "application/atom+xml")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The Atom feed of the published issues, newest first")
    ResponseEntity<byte[]> atom(@RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws SQLException, IOException {
        return archiveFile("atom.xml", "application/atom+xml", tag);
    }

    @GetMapping("/{week}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A week's issue in one format and language",
            description = "`format` html (default), pdf, md or json; `lang` zh-CN (default) or en. A published week"
                    + " gives its frozen files, byte for byte as archived, with an ETag; an unpublished week its"
                    + " draft, computed now (a draft's PDF is a render job: POST /{week}/renders). `draft=true`"
                    + " gives a published week's draft: the correction it would publish.")
    ResponseEntity<byte[]> issue(
            @PathVariable String week,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) boolean draft,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws SQLException, IOException {
        IsoWeek target = started(week);
        return send(downloads.get(target, IssueFile.of(format, lang), draft), tag);
    }

    @PostMapping(path = "/{week}/renders", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Render a week's issue as a job (a draft's PDF)",
            description = "`format` pdf (default), html, md or json; `lang` zh-CN (default) or en; `draft=true` for"
                    + " a published week's draft. Answers 202 with the job; once it SUCCEEDED its result's `href` is"
                    + " where to GET the file.")
    ResponseEntity<Job> render(
            @PathVariable String week,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) boolean draft) {
        IsoWeek target = started(week);
        IssueFile file = IssueFile.of(format == null || format.isBlank() ? "pdf" : format, lang);
        Job job = renders.submit(target, file, draft, CurrentUser.get().username());
        return ResponseEntity.accepted()
                .header(HttpHeaders.LOCATION, "/api/v1/jobs/" + job.id())
                .body(job);
    }

    @GetMapping("/{week}/renders/{id}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "The file a render job made (kept for the last renders while the server runs)")
    ResponseEntity<?> rendered(@PathVariable String week, @PathVariable String id) {
        IsoWeek target = week(week);
        return renders.find(id)
                .filter(download -> download.week().equals(target))
                .<ResponseEntity<?>>map(download -> send(download, null))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(
                                HttpStatus.NOT_FOUND,
                                "no-such-render",
                                "no render " + id + " of " + target + " (renders are kept while the server runs,"
                                        + " the last " + DraftRenders.KEPT + ")")));
    }

    @PostMapping(path = "/{week}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.EDITORS)
    @Operation(
            summary = "Publish a week: its numbers are frozen",
            description = "Body (optional): {\"note\": …, \"force\": …}. Publishing a published week again is a"
                    + " correction, a new revision, and needs `note`; `force` publishes while an ingest run is"
                    + " unfinished, saying why (kept in the note).")
    Published publish(
            @PathVariable String week, @RequestBody(required = false) @Nullable String body, HttpServletRequest request)
            throws SQLException, IOException {
        IsoWeek target = week(week);
        JsonNode fields = body(body);
        String note = text(fields, "note");
        String force = text(fields, "force");
        Issue issue = served.write((bulletins, connection) -> Publication.publish(
                bulletins,
                connection,
                target,
                note,
                force,
                served.config().zone(),
                served.clock().instant()));
        audit.record(
                CurrentUser.get().username(),
                "bulletin.publish",
                target.toString(),
                "revision " + issue.revision() + (issue.changeNote() == null ? "" : ": " + issue.changeNote()),
                request.getRemoteAddr());
        return new Published(
                target.toString(),
                issue.revision(),
                Objects.requireNonNull(issue.publishedAt(), "published_at"),
                issue.changeNote(),
                ArchiveEntries.links(target));
    }

    @GetMapping(path = "/{week}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "Every revision of a week's issue, newest first (empty when it has none)")
    List<ArchiveEntries.Revision> revisions(@PathVariable String week) throws SQLException, IOException {
        IsoWeek target = week(week);
        return ArchiveEntries.revisions(
                served.read((bulletins, connection) -> bulletins.archive().allRevisions()), target);
    }

    @GetMapping("/{week}/{lang}/{file}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "A file of the archive, as the archive's index and the Atom feed link it",
            description = "`lang` zh-CN or en; `file` bulletin.html, bulletin.pdf, bulletin.md, figure-N.svg,"
                    + " blocklist.txt or blocklist.csv, as the archive holds them (a published week's are frozen).")
    ResponseEntity<byte[]> archivedFile(
            @PathVariable String week,
            @PathVariable String lang,
            @PathVariable String file,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws IOException {
        return ArchivedFiles.find(served.archive(), week(week), lang, file)
                .map(found -> archived(found, tag))
                .orElseThrow(() -> new ArchivedFiles.NotArchivedException(week + "/" + lang + "/" + file));
    }

    @GetMapping("/{week}/{file}")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The week's file of the archive beside its languages' folders: bulletin.json",
            description = "As the archive holds it; the same file as `GET /{week}?format=json` for a published week.")
    ResponseEntity<byte[]> archivedWeekFile(
            @PathVariable String week,
            @PathVariable String file,
            @RequestHeader(name = "If-None-Match", required = false) @Nullable String tag)
            throws IOException {
        return ArchivedFiles.find(served.archive(), week(week), null, file)
                .map(found -> archived(found, tag))
                .orElseThrow(() -> new ArchivedFiles.NotArchivedException(week + "/" + file));
    }

    private static ResponseEntity<byte[]> archived(ArchivedFiles.Found found, @Nullable String tag) {
        String etag = etag(found.bytes());
        if (etag.equals(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.type()))
                .header(HttpHeaders.CONTENT_DISPOSITION, found.disposition())
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(found.bytes());
    }

    /** {@code 2024-W45}, or {@code latest}: the latest complete week. */
    private IsoWeek week(String week) {
        return "latest".equals(week)
                ? IsoWeek.latestComplete(
                        served.clock().instant(), served.config().zone())
                : IsoWeek.parse(week);
    }

    /** A week that has begun; a later one has no issue yet. */
    private IsoWeek started(String week) {
        IsoWeek target = week(week);
        if (!target.start(served.config().zone()).isBefore(served.clock().instant())) {
            throw new WeekFigures.FutureWeekException(target, served.config().figureSettings());
        }
        return target;
    }

    /** The archive's own page, written when it is not there yet (the server writes it again on each publish). */
    private ResponseEntity<byte[]> archiveFile(String name, String type, @Nullable String tag)
            throws SQLException, IOException {
        Path file = served.archive().resolve(name);
        if (!Files.isRegularFile(file)) {
            served.write((bulletins, connection) -> bulletins.writeArchivePages());
        }
        byte[] bytes = Files.readAllBytes(file);
        String etag = etag(bytes);
        if (etag.equals(tag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(bytes);
    }

    /** A file of an issue: a frozen one with its ETag (answered 304 when the client has it), a draft never cached. */
    private static ResponseEntity<byte[]> send(IssueDownloads.Download download, @Nullable String tag) {
        IssueFile file = download.file();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.kind().mediaType()));
        headers.set(HttpHeaders.CONTENT_DISPOSITION, file.disposition(download.week()));
        headers.set("Sitrep-Revision", String.valueOf(download.revision()));
        headers.set("Sitrep-Status", download.frozen() ? "published" : "draft");
        if (!download.frozen()) {
            headers.setCacheControl(CacheControl.noStore());
            return new ResponseEntity<>(download.bytes(), headers, HttpStatus.OK);
        }
        String etag = etag(download.bytes());
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        if (etag.equals(tag)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        return new ResponseEntity<>(download.bytes(), headers, HttpStatus.OK);
    }

    /** A strong ETag: the SHA-256 of the bytes. */
    static String etag(byte[] bytes) {
        try {
            return "\""
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static JsonNode body(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            if (!node.isObject()) {
                throw new IllegalArgumentException("the body must be a JSON object such as {\"note\": \"…\"}");
            }
            return node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A text field of the body, at most {@value #MAX_NOTE} characters; null when absent or blank. */
    static @Nullable String text(JsonNode fields, String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new IllegalArgumentException(name + " must be text");
        }
        String text = value.asString().strip();
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException(name + " is longer than " + MAX_NOTE + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
