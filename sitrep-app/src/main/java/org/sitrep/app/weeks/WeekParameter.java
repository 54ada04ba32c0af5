package org.sitrep.app.weeks;

import java.time.Clock;
import org.sitrep.core.config.SitrepConfig;
import org.sitrep.core.week.IsoWeek;

/** A week as the API's paths name it: {@code 2024-W45}, or {@code latest}, the latest complete week. */
public final class WeekParameter {

    private WeekParameter() {}

    /** The week named; one that is not {@code YYYY-Www} is refused (a bad value). */
    public static IsoWeek of(String text, SitrepConfig config, Clock clock) {
        return "latest".equals(text) ? IsoWeek.latestComplete(clock.instant(), config.zone()) : IsoWeek.parse(text);
    }

    /** The week named, which must have begun: a later week has no figures, assessment or issue yet. */
    public static IsoWeek started(String text, SitrepConfig config, Clock clock) {
        IsoWeek week = of(text, config, clock);
        if (!week.start(config.zone()).isBefore(clock.instant())) {
            throw new WeekFigures.FutureWeekException(week, config.figureSettings());
        }
        return week;
    }
}
