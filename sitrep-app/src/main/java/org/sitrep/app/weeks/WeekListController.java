package org.sitrep.app.weeks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.sitrep.app.security.Access;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The bulletin weeks the store knows. */
@RestController
@RequestMapping(path = "/api/v1/weeks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "weeks", description = "Bulletin weeks and their figures")
class WeekListController {

    private final WeekListing listing;

    WeekListController(WeekListing listing) {
        this.listing = listing;
    }

    @GetMapping
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "The weeks that have data or an issue, newest first, with their issue's state",
            description = "`state` none, draft or published; `revision` the published one (a draft's for a draft);"
                    + " `correction` the revision of a correction being prepared.")
    List<WeekListing.Week> weeks() throws SQLException, IOException {
        return listing.weeks();
    }
}
