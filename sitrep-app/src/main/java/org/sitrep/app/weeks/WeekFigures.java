package org.sitrep.app.weeks;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.sitrep.core.figures.FigureEngine;
import org.sitrep.core.figures.FigureSettings;
import org.sitrep.core.figures.NotInBulletin;
import org.sitrep.core.figures.WeeklyFigures;
import org.sitrep.core.week.IsoWeek;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One week's figures with the events not in the bulletin: what {@code sitrep figures --json} prints and what
 * {@code GET /api/v1/weeks/{week}/figures} returns, made in one place so that the two are the same document.
 */
public record WeekFigures(WeeklyFigures figures, List<NotInBulletin.Row> notInBulletin) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A week that has not begun has no figures. */
    public static final class FutureWeekException extends IllegalArgumentException {
        public FutureWeekException(IsoWeek week, FigureSettings settings) {
            super(week + " lies in the future (it starts " + week.monday() + " in " + settings.zone()
                    + "); there are no figures for it yet");
        }
    }

    /** Computes the week's figures on {@code connection}; a week in the future is refused. */
    public static WeekFigures compute(Connection connection, FigureSettings settings, IsoWeek week, Instant now)
            throws SQLException {
        if (!week.start(settings.zone()).isBefore(now)) {
            throw new FutureWeekException(week, settings);
        }
        return new WeekFigures(
                new FigureEngine(connection, settings).compute(week),
                NotInBulletin.of(connection, week, settings.zone()));
    }

    /** The JSON document: the figures as they are, with {@code notInBulletin} added. */
    public ObjectNode document() {
        ObjectNode document = JSON.valueToTree(figures);
        ArrayNode rows = document.putArray("notInBulletin");
        for (NotInBulletin.Row row : notInBulletin) {
            rows.addObject()
                    .put("kind", row.kind() == null ? null : row.kind().id())
                    .put("type", row.type())
                    .put("events", row.events());
        }
        return document;
    }
}
