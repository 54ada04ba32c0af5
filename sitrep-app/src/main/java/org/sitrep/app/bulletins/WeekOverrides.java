package org.sitrep.app.bulletins;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.sitrep.core.assessment.BandOverride;
import org.sitrep.core.assessment.LevelOverride;
import org.sitrep.core.week.IsoWeek;
import org.springframework.stereotype.Component;

/**
 * An editor's override of a week's band or vulnerability threat level, recorded as {@code sitrep assess --override}
 * records it ({@link WeekReports}), but only while the week is unpublished: a published issue's assessment is frozen.
 */
@Component
public final class WeekOverrides {

    private final ServedBulletins served;

    WeekOverrides(ServedBulletins served) {
        this.served = served;
    }

    /** Records the band and returns the week's report with it applied. */
    public WeekReport band(IsoWeek week, BandOverride override) throws SQLException, IOException {
        return served.write((bulletins, connection) -> {
            refusePublished(bulletins, week);
            return bulletins.reports().override(week, override);
        });
    }

    /** Records the vulnerability threat level and returns the week's report with it applied. */
    public WeekReport level(IsoWeek week, LevelOverride override) throws SQLException, IOException {
        return served.write((bulletins, connection) -> {
            refusePublished(bulletins, week);
            return bulletins.reports().overrideLevel(week, override);
        });
    }

    private static void refusePublished(Bulletins bulletins, IsoWeek week) throws SQLException {
        Optional<Issue> published = bulletins.archive().published(week);
        if (published.isPresent()) {
            throw new WeekPublishedException(week, published.get().revision());
        }
    }
}
