package org.sitrep.app.weeks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.sitrep.app.security.Access;
import org.sitrep.app.server.StoreConnections;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** A bulletin week's figures. */
@RestController
@RequestMapping(path = "/api/v1/weeks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "weeks", description = "Bulletin weeks and their figures")
class WeeksController {

    private final StoreConnections store;
    private final SitrepConfig config;
    private final Clock clock;
    private final FigureCache cache;

    WeeksController(StoreConnections store, SitrepConfig config, Clock clock, FigureCache cache) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.cache = cache;
    }

    @GetMapping("/{week}/figures")
    @PreAuthorize(Access.STAFF)
    @Operation(
            summary = "Every figure of a week",
            description = "This week, last week and the change, with the events not in the bulletin;"
                    + " the same document as `sitrep figures --json`. `latest` is the latest complete week.")
    ObjectNode figures(@PathVariable String week) throws SQLException {
        IsoWeek isoWeek = weekOf(week);
        if (!isoWeek.start(config.figureSettings().zone()).isBefore(clock.instant())) {
            // refused as before, and never cached
            return computed(isoWeek);
        }
        return cache.get(isoWeek, () -> computed(isoWeek));
    }

    private ObjectNode computed(IsoWeek week) throws SQLException {
        try (Connection connection = store.open()) {
            return WeekFigures.compute(connection, config.figureSettings(), week, clock.instant())
                    .document();
        }
    }

    private IsoWeek weekOf(String week) {
        return "latest".equals(week) ? IsoWeek.latestComplete(clock.instant(), config.zone()) : IsoWeek.parse(week);
    }
}
