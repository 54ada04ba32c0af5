package org.sitrep.app.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.security.SitrepPrincipal;
import org.sitrep.app.server.Problems;
import org.sitrep.app.server.RequestNumbers;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cases, read only (the coordination workflow adds the writes). Staff read them all; a partner user reads
 * only its organisation's, and any other case is "not found" to it, so that it cannot learn which ids exist.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "cases", description = "Incidents handled, and the partner organisations asked to act")
class CasesController {

    static final List<String> STATUSES = List.of("new", "triaged", "coordinating", "resolved", "rejected");
    private static final int SIZE = 50;
    private static final int MAX_PAGE = 10_000;

    private final CaseViews cases;
    private final SitrepConfig config;

    CasesController(CaseViews cases, SitrepConfig config) {
        this.cases = cases;
        this.config = config;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    @Operation(
            summary = "Cases, the latest reported first, 50 a page",
            description = "week (YYYY-Www: reported in that week), status (new, triaged, coordinating, resolved,"
                    + " rejected), page from 0. A partner user lists only its organisation's cases.")
    CaseViews.CasePage list(
            @RequestParam(required = false) @Nullable String week,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String page) {
        IsoWeek isoWeek = week == null || week.isBlank() ? null : IsoWeek.parse(week.strip());
        String checked = status == null || status.isBlank() ? null : status.strip();
        if (checked != null && !STATUSES.contains(checked)) {
            throw new IllegalArgumentException(
                    "status must be one of " + String.join(", ", STATUSES) + ", not " + status);
        }
        CaseViews.CaseQuery query = new CaseViews.CaseQuery(
                isoWeek == null ? null : isoWeek.start(config.zone()),
                isoWeek == null ? null : isoWeek.end(config.zone()),
                checked,
                partnerOf(CurrentUser.get()));
        return cases.page(query, RequestNumbers.bounded("page", page, 0, 0, MAX_PAGE), SIZE);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANYONE)
    @Operation(summary = "One case; for a partner user, a case of another organisation does not exist (404)")
    ResponseEntity<?> one(@PathVariable String id) {
        return cases.find(id, partnerOf(CurrentUser.get()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-case", "no case " + id)));
    }

    /** The organisation a partner user is limited to; null for staff. */
    static @Nullable String partnerOf(SitrepPrincipal caller) {
        return caller.isPartner() ? String.valueOf(caller.organisationId()) : null;
    }
}
