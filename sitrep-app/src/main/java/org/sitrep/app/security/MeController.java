package org.sitrep.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller: who it is, and its own password. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "me", description = "The signed-in user")
class MeController {

    /** Who is calling: the user, the role it acts as, its organisation, the token it came with (if any). */
    record Me(
            String username,
            String role,
            @Nullable String organisation,
            @Nullable String token) {}

    /** A change of one's own password. */
    record PasswordChange(
            @Nullable String current, @Nullable String password) {}

    private final Users users;
    private final AuditTrail audit;

    MeController(Users users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    @Operation(summary = "Who you are signed in as, in which role")
    Me me() {
        SitrepPrincipal caller = CurrentUser.get();
        return new Me(caller.username(), caller.role().id(), caller.organisationId(), caller.tokenId());
    }

    @PostMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ANYONE)
    @Operation(summary = "Changes your password: current, password (at least 12 characters)")
    ResponseEntity<Void> password(@RequestBody PasswordChange body, HttpServletRequest request) {
        String username = CurrentUser.get().username();
        String current = UsersController.required(body.current(), "current");
        String password = UsersController.required(body.password(), "password");
        if (users.check(username, current).isEmpty()) {
            throw new IllegalArgumentException("current is not your password");
        }
        users.setPassword(username, password);
        audit.record(username, "user.passwd", username, null, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
