package org.sitrep.app.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.organisations.Organisations;
import org.sitrep.app.server.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The users, for admins: list, add, disable and enable again. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "users", description = "Users and their roles (admins)")
class UsersController {

    /** A user as the API shows it: never its password hash. */
    record UserView(String username, String role, @Nullable String organisation, boolean disabled, Instant createdAt) {
        static UserView of(Users.User user) {
            return new UserView(
                    user.username(), user.role().id(), user.organisationId(), user.disabled(), user.createdAt());
        }
    }

    /** A user to add; {@code organisation} for a partner user only. */
    record NewUser(
            @Nullable String username,
            @Nullable String password,
            @Nullable String role,
            @Nullable String organisation) {}

    private final Users users;
    private final Organisations organisations;
    private final AuditTrail audit;

    UsersController(Users users, Organisations organisations, AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.ADMINS)
    @Operation(summary = "Every user with its role, organisation and whether it is disabled")
    List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.ADMINS)
    @Operation(
            summary = "Adds a user",
            description = "username, password (at least 12 characters), role; organisation for a partner user."
                    + " The password is kept only as a salted hash.")
    ResponseEntity<UserView> add(@RequestBody NewUser body, HttpServletRequest request) {
        String username = required(body.username(), "username");
        String password = required(body.password(), "password");
        Role role = Role.of(required(body.role(), "role"));
        if (body.organisation() != null && !organisations.exists(body.organisation())) {
            throw new IllegalArgumentException(
                    "there is no organisation '" + body.organisation() + "'; add it first (sitrep organisations add)");
        }
        Users.User user = users.add(username, password, role, body.organisation());
        audit.record(
                CurrentUser.get().username(),
                "user.add",
                username,
                "role " + role.id() + (user.organisationId() == null ? "" : ", organisation " + user.organisationId()),
                request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/users/" + username)).body(UserView.of(user));
    }

    @PostMapping("/{name}/disable")
    @PreAuthorize(Access.ADMINS)
    @Operation(summary = "Disables a user: its sessions and tokens stop working at their next request")
    ResponseEntity<?> disable(@PathVariable String name, HttpServletRequest request) {
        if (name.equals(CurrentUser.get().username())) {
            throw new IllegalArgumentException("you cannot disable yourself; another admin can");
        }
        return setDisabled(name, true, request);
    }

    @PostMapping("/{name}/enable")
    @PreAuthorize(Access.ADMINS)
    @Operation(summary = "Enables a disabled user again")
    ResponseEntity<?> enable(@PathVariable String name, HttpServletRequest request) {
        return setDisabled(name, false, request);
    }

    private ResponseEntity<?> setDisabled(String name, boolean disabled, HttpServletRequest request) {
        if (!users.setDisabled(name, disabled)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-user", "there is no user '" + name + "'"));
        }
        audit.record(
                CurrentUser.get().username(),
                disabled ? "user.disable" : "user.enable",
                name,
                null,
                request.getRemoteAddr());
        return ResponseEntity.ok(UserView.of(users.find(name).orElseThrow()));
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
