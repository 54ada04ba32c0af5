package org.sitrep.app.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.jobs.Job;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.server.Problems;
import org.sitrep.app.server.RequestNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Feed files uploaded for ingest, and the store's ingest runs with their rejects. */
@RestController
@RequestMapping(path = "/api/v1/ingest", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "ingest", description = "Upload feed files; the ingest runs, their counts and rejects")
class IngestController {

    private static final int RUNS_PER_PAGE = 50;
    private static final int REJECTS_PER_PAGE = 100;
    private static final int MAX_PAGE = 100_000;
    private static final int MAX_FILES = 100;

    private final IngestUploads uploads;
    private final IngestRunViews runs;
    private final AuditTrail audit;

    IngestController(IngestUploads uploads, IngestRunViews runs, AuditTrail audit) {
        this.uploads = uploads;
        this.runs = runs;
        this.audit = audit;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Access.ANALYSTS)
    @Operation(
            summary = "Uploads feed files (multipart parts named file) and ingests them as a job",
            description = "202 with the job; poll GET /api/v1/jobs/{id}: done counts the records read, and the"
                    + " result has each file's run and counts. format (optional) reads every file in that format"
                    + " instead of detecting it. A file above sitrep.ingest.max-upload-size is 413.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schemaProperties = {
                                                @SchemaProperty(
                                                        name = "file",
                                                        array =
                                                                @ArraySchema(
                                                                        schema =
                                                                                @Schema(
                                                                                        type = "string",
                                                                                        format = "binary"))),
                                                @SchemaProperty(name = "format", schema = @Schema(type = "string"))
                                            })))
    ResponseEntity<?> upload(HttpServletRequest request, @RequestParam(required = false) @Nullable String format)
            throws IOException {
        List<MultipartFile> files = request instanceof MultipartHttpServletRequest multipart
                ? multipart.getFiles("file").stream()
                        .filter(file -> !file.isEmpty())
                        .toList()
                : List.of();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("send the feed files as multipart/form-data parts named file");
        }
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("at most " + MAX_FILES + " files an upload, not " + files.size());
        }
        String checkedFormat = format == null || format.isBlank() ? null : format.strip();
        String user = CurrentUser.get().username();
        Job job = uploads.submit(files, checkedFormat, user);
        audit.record(
                user,
                "ingest.upload",
                files.stream()
                        .map(MultipartFile::getOriginalFilename)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")),
                "job " + job.id() + ", "
                        + files.stream().mapToLong(MultipartFile::getSize).sum() + " bytes"
                        + (checkedFormat == null ? "" : ", format " + checkedFormat),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(job);
    }

    @GetMapping("/runs")
    @PreAuthorize(Access.ANALYSTS)
    @Operation(summary = "Ingest runs, the latest first, 50 a page (page from 0)")
    IngestRunViews.Page<IngestRunViews.Run> list(@RequestParam(required = false) @Nullable String page) {
        return runs.runs(RequestNumbers.bounded("page", page, 0, 0, MAX_PAGE), RUNS_PER_PAGE);
    }

    @GetMapping("/runs/{id}")
    @PreAuthorize(Access.ANALYSTS)
    @Operation(summary = "One ingest run: its file, format, status and counts")
    ResponseEntity<?> run(@PathVariable String id) {
        return runs.run(runId(id)).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> noSuchRun(id));
    }

    @GetMapping("/runs/{id}/rejects")
    @PreAuthorize(Access.ANALYSTS)
    @Operation(summary = "A run's rejected records, 100 a page: file, line, field, code and detail")
    ResponseEntity<?> rejects(@PathVariable String id, @RequestParam(required = false) @Nullable String page) {
        long run = runId(id);
        if (runs.run(run).isEmpty()) {
            return noSuchRun(id);
        }
        return ResponseEntity.ok(
                runs.rejects(run, RequestNumbers.bounded("page", page, 0, 0, MAX_PAGE), REJECTS_PER_PAGE));
    }

    private static ResponseEntity<?> noSuchRun(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-run", "no ingest run " + id));
    }

    private static long runId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("a run id is a whole number, not " + id);
        }
    }
}
