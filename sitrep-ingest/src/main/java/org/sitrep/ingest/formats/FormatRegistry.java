package org.sitrep.ingest.formats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.sitrep.core.parse.FeedFormat;
import org.sitrep.core.parse.Sample;

/**
 * The feed formats known to this Sitrep, by name. Formats are plug-ins found through {@link ServiceLoader}
 * ({@code META-INF/services/org.sitrep.core.parse.FeedFormat}); two with one name are a start-up error.
 */
public final class FormatRegistry {

    private final Map<String, FeedFormat> byName;

    public FormatRegistry(Collection<? extends FeedFormat> formats) {
        Map<String, FeedFormat> names = new TreeMap<>();
        for (FeedFormat format : formats) {
            FeedFormat earlier = names.putIfAbsent(format.name(), format);
            if (earlier != null) {
                throw new IllegalStateException("two feed formats are named " + format.name() + ": "
                        + earlier.getClass().getName() + " and "
                        + format.getClass().getName());
            }
        }
        this.byName = names;
    }

    /** The formats on the class path. */
    public static FormatRegistry load() {
        List<FeedFormat> formats = new ArrayList<>();
        ServiceLoader.load(FeedFormat.class).forEach(formats::add);
        return new FormatRegistry(formats);
    }

    /**
     * These formats with one replaced by an instance configured otherwise (the same name: Shadowserver with a
     * configured schema). A name not in the registry is an {@link IllegalArgumentException}.
     */
    public FormatRegistry with(FeedFormat configured) {
        byName(configured.name());
        List<FeedFormat> formats = new ArrayList<>(byName.values());
        formats.replaceAll(format -> format.name().equals(configured.name()) ? configured : format);
        return new FormatRegistry(formats);
    }

    public List<FeedFormat> formats() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The format of that name; an {@link IllegalArgumentException} listing the known names otherwise. */
    public FeedFormat byName(String name) {
        FeedFormat format = byName.get(name);
        if (format == null) {
            throw new IllegalArgumentException(
                    "unknown format " + name + "; known formats: " + String.join(", ", byName.keySet()));
        }
        return format;
    }

    /**
     * The format most sure the sample is its own. No format sure at all, or two equally sure at the top, is an
     * {@link IllegalArgumentException} that says to use {@code --format}.
     */
    public FeedFormat detect(Sample sample) {
        List<Scored> scores = byName.values().stream()
                .map(format -> new Scored(format, format.detect(sample)))
                .filter(scored -> scored.confidence() > 0)
                .sorted(Comparator.comparingInt(Scored::confidence).reversed())
                .toList();
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no format recognises " + describe(sample)
                    + "; give one with --format NAME (known: " + String.join(", ", byName.keySet()) + ")");
        }
        if (scores.size() > 1 && scores.get(0).confidence() == scores.get(1).confidence()) {
            throw new IllegalArgumentException(
                    describe(sample) + " could be " + scores.get(0).format().name() + " or "
                            + scores.get(1).format().name() + "; choose one with --format NAME");
        }
        return scores.getFirst().format();
    }

    private static String describe(Sample sample) {
        return sample.fileName().isEmpty() ? "the input" : sample.fileName();
    }

    private record Scored(FeedFormat format, int confidence) {}
}
