package org.sitrep.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
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
        long from = number(after, "after", 0, Long.MAX_VALUE, 0);
        int size = (int) number(limit, "limit", 1, LONGEST_PAGE, DEFAULT_LIMIT);
        List<AuditTrail.Entry> entries = audit.after(from, action == null || action.isBlank() ? null : action, size);
        Long next = entries.size() == size ? entries.getLast().seq() : null;
        return new Page(entries, next);
    }

    private static long number(@Nullable String text, String name, long least, long most, long otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(
                name + " is a whole number from " + least + " to " + most + ", not '" + text + "'");
    }
}
