package org.sitrep.report.model;

import org.sitrep.core.week.IsoWeek;

/**
 * A previously published issue for the 近期回顾 list; the renderer titles it from its week.
 *
 * @param week the issue's ISO week
 * @param href where it is published (relative or absolute), used as the link target
 */
public record RecentIssue(IsoWeek week, String href) {
    public RecentIssue {
        Checks.present(week, "week");
        Checks.present(href, "href");
    }
}
