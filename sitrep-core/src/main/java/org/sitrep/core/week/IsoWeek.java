package org.sitrep.core.week;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week: Monday to Sunday, numbered within its week-based year. The bulletin's issue is numbered by
 * it: {@code year} is the ISO week-based year of the Monday and {@code week} its week number, so 2019-12-30 is 2020
 * No. 1 and 2020-12-28 is 2020 No. 53.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in ISO year " + year + " (it has " + weeksIn(year) + " weeks)");
        }
    }

    /** The week that contains the given date. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week that contains the given instant when read in the given zone. */
    public static IsoWeek containing(Instant instant, ZoneId zone) {
        return of(instant.atZone(zone).toLocalDate());
    }

    /** Parses {@code 2024-W45} (also {@code 2024W45}, {@code 2024-w5}); JSON carries a week in this form. */
    @JsonCreator
    public static IsoWeek parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new DateTimeParseException("not an ISO week (expected e.g. 2024-W45): " + text, text, 0);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static int weeksIn(int isoYear) {
        return (int) LocalDate.of(isoYear, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Monday 00:00 of this week in the zone: the first instant that belongs to it. */
    public Instant start(ZoneId zone) {
        return monday().atStartOfDay(zone).toInstant();
    }

    /** Monday 00:00 of the next week in the zone: the first instant that no longer belongs to it. */
    public Instant end(ZoneId zone) {
        return next().start(zone);
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    public IsoWeek minusWeeks(int weeks) {
        return of(monday().minusWeeks(weeks));
    }

    public IsoWeek plusWeeks(int weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** The last week that has fully ended at the given instant in the zone. */
    public static IsoWeek latestComplete(Instant now, ZoneId zone) {
        return containing(now, zone).previous();
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    /** {@code 2024-W45}: the form used on the command line and in folder names. */
    @JsonValue
    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
