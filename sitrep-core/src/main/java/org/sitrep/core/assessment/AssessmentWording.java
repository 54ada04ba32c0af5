package org.sitrep.core.assessment;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.cases.Grade;

/** Writes the overview sentences from the message resources {@code AssessmentMessages*.properties}. */
final class AssessmentWording {

    private static final String BUNDLE = "org.sitrep.core.assessment.AssessmentMessages";

    private final ResourceBundle chinese = bundle(Locale.CHINESE);
    private final ResourceBundle english = bundle(Locale.ROOT);

    /** @param band the final band, {@code null} when the week is not rated for want of data */
    Sentences chinese(@Nullable Band band, List<Grade> infrastructure, List<ThreatWeight> threats) {
        return sentences(chinese, Locale.CHINESE, band == null ? null : band.chinese(), infrastructure, threats);
    }

    Sentences english(@Nullable Band band, List<Grade> infrastructure, List<ThreatWeight> threats) {
        return sentences(english, Locale.ENGLISH, band == null ? null : band.english(), infrastructure, threats);
    }

    private static Sentences sentences(
            ResourceBundle messages,
            Locale locale,
            @Nullable String band,
            List<Grade> infrastructure,
            List<ThreatWeight> threats) {
        Function<String, String> text = messages::getString;
        if (band == null) {
            return new Sentences(text.apply("rating.noData"), "", "");
        }
        String rating = format(text.apply("rating"), locale, band);
        Object[] areas = threats.stream()
                .limit(3)
                .map(threat -> text.apply("threat." + threat.area().id()))
                .toArray();
        String mainThreats = format(text.apply("threats"), locale, areas);
        return new Sentences(rating, infrastructure(messages, locale, infrastructure), mainThreats);
    }

    private static String infrastructure(ResourceBundle messages, Locale locale, List<Grade> grades) {
        if (grades.isEmpty()) {
            return messages.getString("infrastructure.none");
        }
        Map<Grade, Long> counts = new TreeMap<>();
        grades.forEach(grade -> counts.merge(grade, 1L, Long::sum));
        List<String> parts = counts.entrySet().stream()
                .map(entry -> format(
                        messages.getString("infrastructure.grade"),
                        locale,
                        messages.getString("grade." + entry.getKey().id()),
                        entry.getValue()))
                .toList();
        String list = String.join(messages.getString("list.separator"), parts);
        return format(messages.getString("infrastructure.some"), locale, grades.size(), list);
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
