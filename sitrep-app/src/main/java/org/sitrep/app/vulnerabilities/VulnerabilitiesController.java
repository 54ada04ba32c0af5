package org.sitrep.app.vulnerabilities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
import org.sitrep.app.server.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vulnerabilities in the store, as ingested from CVE, NVD, CNVD and the known-exploited catalogue. */
@RestController
@RequestMapping(path = "/api/v1/vulnerabilities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "vulnerabilities", description = "Stored vulnerabilities, filtered and paged")
class VulnerabilitiesController {

    private final VulnerabilitySearch search;

    VulnerabilitiesController(VulnerabilitySearch search) {
        this.search = search;
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Vulnerabilities, newest published first",
            description = "Filters (each optional): `week` (the ISO week of publication), `severity` (critical, high,"
                    + " medium, low), `cve` (the id or an alias), `vendor` (any case). Pages start at 0; `size` is"
                    + " 1.." + VulnerabilitySearch.MAX_SIZE + " (default " + VulnerabilitySearch.DEFAULT_SIZE + ").")
    VulnerabilitySearch.Page list(
            @RequestParam(required = false) @Nullable String week,
            @RequestParam(required = false) @Nullable String severity,
            @RequestParam(required = false) @Nullable String cve,
            @RequestParam(required = false) @Nullable String vendor,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return search.find(VulnerabilitySearch.Query.of(week, severity, cve, vendor, page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.STAFF)
    @Operation(summary = "One vulnerability, by its id or one of its aliases")
    ResponseEntity<?> one(@PathVariable String id) {
        return search.find(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Problems.of(
                                HttpStatus.NOT_FOUND, "no-such-vulnerability", "no vulnerability " + id.strip())));
    }
}
