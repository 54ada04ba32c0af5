package org.sitrep.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
import org.sitrep.app.server.RequestNumbers;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, for admins, page by page in the order it was written. */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "audit", description = "Every change: who, when, what, from where (admins)")
class AuditController {

    /** One page: the entries, and the {@code after} that asks for the next page (null at the end). */
    record Page(List<AuditTrail.Entry> entries, @Nullable Long next) {}

    static final int DEFAULT_LIMIT = 100;
    static final int LONGEST_PAGE = 1000;

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.ADMINS)
    @Operation(
            summary = "Audit entries after a sequence number, oldest first",
            description = "after: the last seq seen (default 0); action: one action only (token.revoke …);"
                    + " limit: 1 to 1000 (default 100). A page that is full names the next page's after.")
    Page entries(
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String limit) {
        long from = RequestNumbers.bounded("after", after, 0L, 0L, Long.MAX_VALUE);
        int size = RequestNumbers.bounded("limit", limit, DEFAULT_LIMIT, 1, LONGEST_PAGE);
        List<AuditTrail.Entry> entries = audit.after(from, action == null || action.isBlank() ? null : action, size);
        Long next = entries.size() == size ? entries.getLast().seq() : null;
        return new Page(entries, next);
    }
}
