package org.sitrep.core.figures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything measured for one week, filled section by section; read by the engine to build the result. */
final class WeekMeasures {

    final Map<FigureId, Number> values = new EnumMap<>(FigureId.class);
    final Map<DistributionId, Distribution> distributions = new EnumMap<>(DistributionId.class);
    NewMalware newMalware = new NewMalware(List.of(), List.of());
    List<TopVulnerability> topVulnerabilities = List.of();
    Incidents incidents = new Incidents(List.of(), null, 0);

    void put(FigureId figure, @Nullable Number value) {
        values.put(figure, value);
    }

    Distribution put(DistributionId distribution, List<Distribution.Entry> entries) {
        Distribution value = distribution.of(entries);
        distributions.put(distribution, value);
        return value;
    }

    /** {@code part} as a percentage of {@code whole}, unrounded; undefined (null) when there is no whole. */
    static @Nullable Double share(long part, long whole) {
        return whole == 0 ? null : part * 100.0 / whole;
    }
}
