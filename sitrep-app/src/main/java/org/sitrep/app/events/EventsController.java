package org.sitrep.app.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.app.security.Access;
import org.sitrep.app.security.CurrentUser;
import org.sitrep.app.security.SitrepPrincipal;
import org.sitrep.app.server.RequestNumbers;
import org.sitrep.core.config.SitrepConfig;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events search with paging, and facet counts; a partner sees the events of its constituency only. */
@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "events", description = "The stored events: filtered search and facet counts")
class EventsController {

    static final int MAX_SIZE = 500;
    static final int MAX_PAGE = 10_000;

    private final EventSearch search;
    private final SitrepConfig config;

    EventsController(EventSearch search, SitrepConfig config) {
        this.search = search;
        this.config = config;
    }

    @GetMapping
    @PreAuthorize(Access.ANYONE)
    @Operation(
            summary = "Events matching the filters, newest first",
            description = "Every filter is optional: week (YYYY-Www, in the configured zone), kind, type, feed,"
                    + " country, province, asn, domain (the registered domain or a host under it), ip (exact),"
                    + " cidr (containment). page from 0, size 1 to 500 (50). A partner user sees only the events"
                    + " of its organisation's constituency, whatever the filters.")
    EventSearch.EventPage events(
            @RequestParam(required = false) @Nullable String week,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String feed,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String asn,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable String ip,
            @RequestParam(required = false) @Nullable String cidr,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size) {
        EventQuery query =
                query(new EventQuery.Filters(week, kind, type, feed, country, province, asn, domain, ip, cidr));
        return search.page(
                query,
                RequestNumbers.bounded("page", page, 0, 0, MAX_PAGE),
                RequestNumbers.bounded("size", size, 50, 1, MAX_SIZE));
    }

    @GetMapping("/facets")
    @PreAuthorize(Access.ANYONE)
    @Operation(
            summary = "How many matching events have each value of kind, type, feed, country, province and ASN",
            description = "The same filters as the search; by names the facets (all six by default); the 50 values"
                    + " with the most events of each. A partner user counts only its constituency's events.")
    Map<String, List<EventSearch.FacetCount>> facets(
            @RequestParam(required = false) @Nullable String week,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String feed,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String province,
            @RequestParam(required = false) @Nullable String asn,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable String ip,
            @RequestParam(required = false) @Nullable String cidr,
            @RequestParam(required = false) @Nullable String by) {
        EventQuery query =
                query(new EventQuery.Filters(week, kind, type, feed, country, province, asn, domain, ip, cidr));
        return search.facets(query, facetsOf(by));
    }

    private EventQuery query(EventQuery.Filters filters) {
        SitrepPrincipal caller = CurrentUser.get();
        // a partner's scope comes from its sign-in, never from the request; a partner without one sees nothing
        String partner = caller.isPartner() ? String.valueOf(caller.organisationId()) : null;
        return EventQuery.of(filters, config.zone(), partner);
    }

    static Set<String> facetsOf(@Nullable String by) {
        if (by == null || by.isBlank()) {
            return new LinkedHashSet<>(EventSearch.FACETS);
        }
        Set<String> facets = new LinkedHashSet<>();
        for (String facet : Arrays.stream(by.split(",")).map(String::strip).toList()) {
            if (!EventSearch.FACETS.contains(facet)) {
                throw new IllegalArgumentException(
                        "by: unknown facet '" + facet + "'; the facets are " + String.join(", ", EventSearch.FACETS));
            }
            facets.add(facet);
        }
        return facets;
    }
}
