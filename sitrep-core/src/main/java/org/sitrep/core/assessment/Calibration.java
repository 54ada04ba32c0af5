package org.sitrep.core.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

/**
 * Reference values computed from a deployment's own stored weeks, to replace the placeholders of
 * {@code rating.reference_values} ({@code spec/rating.md}, step 2): per indicator the median of the weeks of the
 * period that have data, the same statistic the baseline takes once history is long enough.
 *
 * @param from the first week of the period
 * @param to the last week of the period
 * @param weeks the weeks of the period that have data, oldest first
 * @param referenceValues per indicator, the median over those weeks
 */
public record Calibration(IsoWeek from, IsoWeek to, List<IsoWeek> weeks, Map<Headline, Double> referenceValues) {

    public Calibration {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        weeks = List.copyOf(weeks);
        referenceValues = Map.copyOf(referenceValues);
    }

    /** One week's value of every indicator. */
    public record WeekValues(IsoWeek week, Map<Headline, Long> values) {
        public WeekValues {
            Objects.requireNonNull(week, "week is required");
            values = Map.copyOf(values);
        }
    }

    /**
     * @param weeks the weeks of the period that have data, each with every indicator's value
     * @throws IllegalArgumentException when no week of the period has data
     */
    public static Calibration of(IsoWeek from, IsoWeek to, List<WeekValues> weeks) {
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("no week of " + from + ".." + to
                    + " has data in the store; calibrate over weeks that were ingested");
        }
        Map<Headline, Double> medians = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            List<Long> values = new ArrayList<>();
            for (WeekValues week : weeks) {
                values.add(Objects.requireNonNull(
                        week.values().get(indicator), week.week() + " has no value of " + indicator.id()));
            }
            medians.put(indicator, Assessor.median(values));
        }
        return new Calibration(from, to, weeks.stream().map(WeekValues::week).toList(), medians);
    }

    /** The {@code rating.reference_values} section of {@code sitrep.yaml} holding these values. */
    public String yaml() {
        StringBuilder yaml = new StringBuilder("rating:\n  reference_values:\n");
        for (Headline indicator : Headline.values()) {
            yaml.append("    ")
                    .append(indicator.id())
                    .append(": ")
                    .append(number(Objects.requireNonNull(referenceValues.get(indicator), indicator.id())))
                    .append('\n');
        }
        return yaml.toString();
    }

    /** A whole median as an integer, a median between two counts with its half (1234.5). */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
