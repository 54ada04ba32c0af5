package org.sitrep.app.bulletins;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.jobs.Job;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.server.JsonBodies;
import org.sitrep.app.server.Problems;
import org.sitrep.app.weeks.WeekParameter;
import org.sitrep.core.week.IsoWeek;
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
import tools.jackson.databind.JsonNode;

/** A week's bulletin: its issue in every format and language, renders as jobs, publishing and revisions. */
@RestController
@RequestMapping("/api/v1/bulletins")
@Tag(name = "bulletins", description = "The weekly bulletin: archive, issues, renders, publishing, revisions")
class BulletinsController {

    /** Bounds a note or a force reason: a few paragraphs. */
    static final int MAX_NOTE = 2000;

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
        IsoWeek target = WeekParameter.started(week, served.config(), served.clock());
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
        IsoWeek target = WeekParameter.started(week, served.config(), served.clock());
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
        IsoWeek target = WeekParameter.of(week, served.config(), served.clock());
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
        IsoWeek target = WeekParameter.of(week, served.config(), served.clock());
        JsonNode fields = JsonBodies.object(body);
        String note = JsonBodies.text(fields, "note", MAX_NOTE);
        String force = JsonBodies.text(fields, "force", MAX_NOTE);
        Issue issue = served.write((bulletins, connection) -> Publication.publish(
                        bulletins,
                        connection,
                        target,
                        note,
                        force,
                        served.config().zone(),
                        served.clock().instant())
                .issue());
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
        IsoWeek target = WeekParameter.of(week, served.config(), served.clock());
        return ArchiveEntries.revisions(
                served.read((bulletins, connection) -> bulletins.archive().allRevisions()), target);
    }

    /** A file of an issue, saying which revision it is and whether it is published. */
    private static ResponseEntity<byte[]> send(IssueDownloads.Download download, @Nullable String tag) {
        IssueFile file = download.file();
        HttpHeaders headers = FileResponses.headers(file.kind().mediaType(), file.disposition(download.week()));
        headers.set("Sitrep-Revision", String.valueOf(download.revision()));
        headers.set("Sitrep-Status", download.frozen() ? "published" : "draft");
        return download.frozen()
                ? FileResponses.frozen(download.bytes(), headers, tag)
                : FileResponses.draft(download.bytes(), headers);
    }
}
