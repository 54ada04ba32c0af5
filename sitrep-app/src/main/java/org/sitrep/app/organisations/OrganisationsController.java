package org.sitrep.app.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.audit.AuditTrail;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.security.SitrepPrincipal;
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
import tools.jackson.databind.JsonNode;

/** Partner organisations and their constituency. */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "organisations", description = "Partner organisations and the constituency whose events they see")
class OrganisationsController {

    private final Organisations organisations;
    private final AuditTrail audit;

    OrganisationsController(Organisations organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize(Access.COORDINATORS_AND_PARTNERS)
    @Operation(summary = "The partner organisations with their constituency (a partner user: its own only)")
    List<Organisations.Organisation> list() {
        SitrepPrincipal caller = CurrentUser.get();
        if (caller.isPartner()) {
            return organisations.find(String.valueOf(caller.organisationId())).stream()
                    .toList();
        }
        return organisations.list(null);
    }

    @PostMapping(path = "/{id}/constituency", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.COORDINATORS)
    @Operation(
            summary = "Adds an entry to an organisation's constituency",
            description = "Body: {\"kind\": \"asn|cidr|domain|country\", \"value\": \"4134\"}. The value is kept in"
                    + " canonical form (AS4134 becomes 4134, a network its canonical CIDR); 201 with the"
                    + " organisation, 200 when the entry was there already. Audited as organisation.constituency.")
    ResponseEntity<?> addConstituency(
            @PathVariable String id,
            @RequestBody(required = false) @Nullable JsonNode body,
            HttpServletRequest request) {
        if (organisations.find(id).isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "no-such-organisation", "no organisation " + id));
        }
        Organisations.Entry entry = entryOf(body);
        boolean added = organisations.add(id, entry);
        Organisations.Entry stored = Organisations.canonical(entry);
        if (added) {
            audit.record(
                    CurrentUser.get().username(),
                    "organisation.constituency",
                    id,
                    "added " + stored.kind() + " " + stored.value(),
                    request.getRemoteAddr());
        }
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                .body(organisations.find(id).orElseThrow());
    }

    private static Organisations.Entry entryOf(@Nullable JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object {\"kind\": …, \"value\": …}");
        }
        JsonNode kind = body.get("kind");
        JsonNode value = body.get("value");
        if (kind == null || !kind.isString() || value == null || !(value.isString() || value.isNumber())) {
            throw new IllegalArgumentException("the body needs kind (asn, cidr, domain, country) and value");
        }
        String text = value.isString() ? value.asString() : value.toString();
        if (text.length() > 253) {
            throw new IllegalArgumentException("value is longer than 253 characters");
        }
        return new Organisations.Entry(kind.asString(), text);
    }
}
