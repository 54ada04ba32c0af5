package org.sitrep.app.bulletins;

import org.sitrep.core.week.IsoWeek;

/** A published week's assessment is frozen: it takes no override (a correction recomputes from the store). */
public final class WeekPublishedException extends IllegalStateException {

    WeekPublishedException(IsoWeek week, int revision) {
        super(week + " is published (revision " + revision + "); its assessment is frozen and takes no override");
    }
}
