package org.sitrep.core.assessment;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;

/**
 * Everything the rating method of {@code spec/rating.md} lets an organisation change. Invalid values are rejected
 * with a message that names the key as written in {@code sitrep.yaml}, relative to its {@code rating} section.
 *
 * @param weights the weight of each indicator in the index; all eight present, none negative, not all zero
 * @param bandLimits the upper limit of each band
 * @param baselineWindow how many previous weeks with data the baseline looks at
 * @param minimumWeeks how many previous weeks with data a median baseline needs; with fewer the reference stands in
 * @param referenceValues the baseline of each indicator while there are too few weeks; all eight present
 * @param incidentFloors the band a week is raised to at least by its worst graded case; a grade without an entry
 *     raises nothing
 * @param vulnerabilityLevel the factors of the vulnerability threat level
 * @param dosCases how denial-of-service cases weigh among the threat areas
 */
public record RatingConfig(
        Map<Headline, Double> weights,
        BandLimits bandLimits,
        int baselineWindow,
        int minimumWeeks,
        Map<Headline, Double> referenceValues,
        Map<Grade, Band> incidentFloors,
        VulnerabilityRule vulnerabilityLevel,
        DosCases dosCases) {

    public RatingConfig {
        weights = complete(weights, "weights");
        Objects.requireNonNull(bandLimits, "band_limits is required");
        referenceValues = complete(referenceValues, "reference_values");
        Objects.requireNonNull(incidentFloors, "incident_floors is required");
        incidentFloors = incidentFloors.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(incidentFloors));
        Objects.requireNonNull(vulnerabilityLevel, "vulnerability_level is required");
        Objects.requireNonNull(dosCases, "dos_cases is required");
        if (weights.values().stream().allMatch(weight -> weight == 0)) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
        if (baselineWindow < 1) {
            throw new IllegalArgumentException("baseline_window must be ≥ 1, was " + baselineWindow);
        }
        if (minimumWeeks < 1 || minimumWeeks > baselineWindow) {
            throw new IllegalArgumentException("minimum_weeks must be between 1 and baseline_window (" + baselineWindow
                    + "), was " + minimumWeeks);
        }
    }

    /** The defaults of {@code spec/rating.md}. */
    public static RatingConfig defaults() {
        Map<Headline, Double> weights = new EnumMap<>(Headline.class);
        weights.put(Headline.INFECTED_HOSTS, 2.0);
        weights.put(Headline.DEFACED, 1.0);
        weights.put(Headline.DEFACED_GOV, 2.0);
        weights.put(Headline.BACKDOORED, 1.0);
        weights.put(Headline.BACKDOORED_GOV, 2.0);
        weights.put(Headline.PHISHING_PAGES, 1.0);
        weights.put(Headline.NEW_VULNERABILITIES, 1.0);
        weights.put(Headline.HIGH_VULNERABILITIES, 2.0);
        // Orders of magnitude of a national CERT's week; an organisation sets its own.
        Map<Headline, Double> references = new EnumMap<>(Headline.class);
        references.put(Headline.INFECTED_HOSTS, 500000.0);
        references.put(Headline.DEFACED, 1500.0);
        references.put(Headline.DEFACED_GOV, 30.0);
        references.put(Headline.BACKDOORED, 1200.0);
        references.put(Headline.BACKDOORED_GOV, 20.0);
        references.put(Headline.PHISHING_PAGES, 2000.0);
        references.put(Headline.NEW_VULNERABILITIES, 300.0);
        references.put(Headline.HIGH_VULNERABILITIES, 100.0);
        Map<Grade, Band> floors = new EnumMap<>(Grade.class);
        floors.put(Grade.LARGE, Band.FAIR);
        floors.put(Grade.MAJOR, Band.POOR);
        floors.put(Grade.EXTRAORDINARY, Band.CRITICAL);
        return new RatingConfig(
                weights,
                new BandLimits(0.85, 1.15, 1.50, 2.00),
                12,
                4,
                references,
                floors,
                new VulnerabilityRule(1.5, 0.5, 9.0),
                new DosCases(1.0, 0.0));
    }

    /** The sum of the weights: the denominator of every contribution. */
    public double weightSum() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The floor a graded case sets, or {@code null} when its grade raises nothing. */
    public @Nullable Band floorOf(@Nullable Grade grade) {
        return grade == null ? null : incidentFloors.get(grade);
    }

    private static Map<Headline, Double> complete(Map<Headline, Double> values, String key) {
        Objects.requireNonNull(values, key + " is required");
        Map<Headline, Double> copy = new EnumMap<>(Headline.class);
        for (Headline indicator : Headline.values()) {
            Double value = values.get(indicator);
            if (value == null) {
                throw new IllegalArgumentException(key + "." + indicator.id() + " is required");
            }
            requireNonNegative(key + "." + indicator.id(), value);
            copy.put(indicator, value);
        }
        return Map.copyOf(copy);
    }

    /** The largest weight, reference or limit taken: past it a value is a typing error (1e308), not a setting. */
    static final double MAX_VALUE = 1e12;

    static void requireNonNegative(String key, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(key + " must be ≥ 0, was " + plain(value));
        }
        if (value > MAX_VALUE) {
            throw new IllegalArgumentException(key + " must be at most " + plain(MAX_VALUE) + ", was " + value);
        }
    }

    /** {@code -1} rather than {@code -1.0}, {@code 0.85} rather than {@code 0.8500}. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * The upper limit of each band (inclusive); an index above {@code poor} is {@link Band#CRITICAL}. The limits must
     * be positive and increase.
     */
    public record BandLimits(double excellent, double good, double fair, double poor) {
        public BandLimits {
            if (!(excellent > 0)) {
                throw new IllegalArgumentException("band_limits.excellent must be > 0, was " + plain(excellent));
            }
            if (!(excellent < good && good < fair && fair < poor) || Double.isInfinite(poor)) {
                throw new IllegalArgumentException("band_limits must increase (excellent < good < fair < poor), were "
                        + plain(excellent) + ", " + plain(good) + ", " + plain(fair) + ", " + plain(poor));
            }
        }

        /** index ≤ excellent → 优; ≤ good → 良; ≤ fair → 中; ≤ poor → 差; above → 危. */
        public Band band(double index) {
            if (index <= excellent) {
                return Band.EXCELLENT;
            }
            if (index <= good) {
                return Band.GOOD;
            }
            if (index <= fair) {
                return Band.FAIR;
            }
            return index <= poor ? Band.POOR : Band.CRITICAL;
        }

        /** The upper limit of a band, or {@code null} for {@link Band#CRITICAL}, which has none. */
        public @Nullable Double limitOf(Band band) {
            return switch (band) {
                case EXCELLENT -> excellent;
                case GOOD -> good;
                case FAIR -> fair;
                case POOR -> poor;
                case CRITICAL -> null;
            };
        }
    }

    /**
     * The vulnerability threat level: 高 when the high-severity count is at least {@code highFactor} × baseline or a
     * vulnerability of CVSS ≥ {@code criticalCvss} is known exploited or zero-day; 低 when the count is at most
     * {@code lowFactor} × baseline and nothing is known exploited; 中 otherwise.
     */
    public record VulnerabilityRule(double highFactor, double lowFactor, double criticalCvss) {
        public VulnerabilityRule {
            requireNonNegative("vulnerability_level.low_factor", lowFactor);
            if (!(highFactor > lowFactor) || Double.isInfinite(highFactor)) {
                throw new IllegalArgumentException("vulnerability_level.high_factor must be > low_factor ("
                        + plain(lowFactor) + "), was " + plain(highFactor));
            }
            if (!(criticalCvss >= 0 && criticalCvss <= 10)) {
                throw new IllegalArgumentException(
                        "vulnerability_level.critical_cvss must be between 0 and 10, was " + plain(criticalCvss));
            }
        }
    }

    /**
     * Denial of service has no headline indicator, so its threat-area weight comes from the week's DoS cases: their
     * pressure against the median of previous weeks (the {@code reference} with too few weeks), weighted by
     * {@code weight} over the sum of the index weights, exactly like an indicator's contribution, but outside the
     * index.
     */
    public record DosCases(double weight, double reference) {
        public DosCases {
            requireNonNegative("dos_cases.weight", weight);
            requireNonNegative("dos_cases.reference", reference);
        }
    }
}
