package org.sitrep.app.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.security.Role;
import org.sitrep.app.security.SitrepPrincipal;
import org.sitrep.app.server.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Long work as the client polls it. */
@RestController
@RequestMapping(path = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "jobs", description = "Long work (ingest uploads, renders) and its progress")
class JobsController {

    private final Jobs jobs;

    JobsController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "A job's state and progress; its result once it succeeded (yours only, unless admin)")
    ResponseEntity<?> job(@PathVariable String id) {
        SitrepPrincipal caller = CurrentUser.get();
        return jobs.find(id)
                .filter(job -> caller.role() == Role.ADMIN || job.owner().equals(caller.username()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-job", "no job " + id)));
    }
}
