package org.sitrep.core.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.figures.Headline;
import org.sitrep.core.week.IsoWeek;

/** Small hand-made inputs: every indicator has four previous weeks at one value, so its median is that value. */
final class Fixtures {

    static final IsoWeek WEEK = new IsoWeek(2024, 45);

    private Fixtures() {}

    /** Every indicator at {@code value} this week and at {@code baseline} in each of four previous weeks. */
    static Builder flat(long value, long baseline) {
        return new Builder(value, baseline);
    }

    static final class Builder {
        private final Map<Headline, Long> thisWeek = new EnumMap<>(Headline.class);
        private final Map<Headline, List<Long>> previous = new EnumMap<>(Headline.class);
        private Grade worst;
        private List<Grade> infrastructure = List.of();
        private long dos;
        private List<Long> previousDos = List.of();
        private List<NotableVulnerability> vulnerabilities = List.of();

        private Builder(long value, long baseline) {
            for (Headline indicator : Headline.values()) {
                thisWeek.put(indicator, value);
                previous.put(indicator, Collections.nCopies(4, baseline));
            }
        }

        Builder value(Headline indicator, long value) {
            thisWeek.put(indicator, value);
            return this;
        }

        Builder history(Headline indicator, List<Long> weeks) {
            previous.put(indicator, weeks);
            return this;
        }

        Builder worstCase(Grade grade) {
            worst = grade;
            return this;
        }

        Builder infrastructure(Grade... grades) {
            infrastructure = List.of(grades);
            return this;
        }

        Builder dosCases(long cases, List<Long> previousWeeks) {
            dos = cases;
            previousDos = previousWeeks;
            return this;
        }

        Builder vulnerabilities(NotableVulnerability... notable) {
            vulnerabilities = List.of(notable);
            return this;
        }

        AssessmentInput build() {
            return new AssessmentInput(
                    WEEK, thisWeek, previous, worst, infrastructure, dos, previousDos, vulnerabilities);
        }
    }
}
