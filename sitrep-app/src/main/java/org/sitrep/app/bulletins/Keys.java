package org.sitrep.app.bulletins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.core.figures.Distribution;
import org.sitrep.core.figures.DistributionId;
import org.sitrep.report.model.Counted;
import org.sitrep.report.text.Provinces;

/**
 * A week's distributions under the bulletin's keys. A key the bulletin cannot name (an unknown sector, partner kind,
 * case type, province) never stops the bulletin: its entry counts under the vocabulary's other/unknown key, merged
 * with what is there already, and the warnings are told which key it was.
 */
final class Keys {

    private final Function<DistributionId, Distribution> distributions;
    private final Consumer<String> warnings;

    /** @param distributions the week's distributions ({@code WeeklyFigures::distribution}) */
    Keys(Function<DistributionId, Distribution> distributions, Consumer<String> warnings) {
        this.distributions = distributions;
        this.warnings = warnings;
    }

    /** Entries of a fixed vocabulary; a key it lacks counts as {@code fallback}. */
    <K> List<Counted<K>> named(DistributionId id, Function<String, Optional<K>> vocabulary, K fallback) {
        Map<K, Long> counts = new LinkedHashMap<>();
        for (Distribution.Entry entry : distributions.apply(id).entries()) {
            K key = vocabulary.apply(entry.key()).orElse(null);
            if (key == null) {
                warnings.accept("figure " + id + " has " + entry.count() + " of key '" + entry.key()
                        + "', which the bulletin cannot name; shown as other/unknown");
                key = fallback;
            }
            counts.merge(key, entry.count(), Long::sum);
        }
        return sorted(counts);
    }

    /** Provinces: a region the feeds did not give counts as {@link Provinces#UNKNOWN}, shown 其他/未知. */
    List<Counted<String>> provinces(DistributionId id) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Distribution.Entry entry : distributions.apply(id).entries()) {
            String key = entry.key();
            if (key.isBlank() || key.equals(Provinces.UNKNOWN)) {
                warnings.accept(
                        "figure " + id + " has " + entry.count() + " without a known province; shown as other/unknown");
                key = Provinces.UNKNOWN;
            }
            counts.merge(key, entry.count(), Long::sum);
        }
        return sorted(counts);
    }

    /** Entries of an open vocabulary (top-level domains), keys as they are. */
    List<Counted<String>> open(DistributionId id) {
        List<Counted<String>> entries = new ArrayList<>();
        for (Distribution.Entry entry : distributions.apply(id).entries()) {
            entries.add(new Counted<>(entry.key(), entry.count()));
        }
        return entries;
    }

    /** Largest first, keys of equal counts in the order the figures gave them. */
    private static <K> List<Counted<K>> sorted(Map<K, Long> counts) {
        List<Counted<K>> entries = new ArrayList<>();
        counts.forEach((key, count) -> entries.add(new Counted<>(key, count)));
        entries.sort((a, b) -> Long.compare(b.count(), a.count()));
        return entries;
    }
}
