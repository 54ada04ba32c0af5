package org.sitrep.report.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.week.IsoWeek;

/**
 * The issue's title from its ISO week: {@code 网络安全信息与动态周报2024年第45期（11月4日-11月10日）} and
 * {@code Cyber Security Weekly Bulletin 2024 No. 45 (Nov 4 – Nov 10)}.
 */
public final class IssueTitle {
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private IssueTitle() {}

    /** The full title. */
    public static String full(IsoWeek week, Wording wording) {
        return wording.format(
                "title.full", Map.of("masthead", wording.text("title.masthead"), "issue", issue(week, wording)));
    }

    /** The issue part alone ({@code 2024年第45期（11月4日-11月10日）}). */
    public static String issue(IsoWeek week, Wording wording) {
        LocalDate from = week.monday();
        LocalDate to = week.sunday();
        return wording.format(
                "title.issue",
                Map.of(
                        "year", week.year(),
                        "n", week.week(),
                        "fromMonth", from.getMonthValue(),
                        "fromDay", from.getDayOfMonth(),
                        "toMonth", to.getMonthValue(),
                        "toDay", to.getDayOfMonth(),
                        "from", ENGLISH_DAY.format(from),
                        "to", ENGLISH_DAY.format(to)));
    }
}
