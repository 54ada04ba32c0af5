package org.sitrep.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bulletin's sentences and labels of one language, read from the message bundle
 * {@code org/sitrep/report/text/bulletin*.properties} (the base file is Simplified Chinese, {@code _en} English).
 * Templates use named placeholders ({@code {total}}); a placeholder without a value is an error, so a template and
 * its caller cannot drift apart silently.
 */
public final class Wording {
    private static final String BUNDLE = "org.sitrep.report.text.bulletin";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final Language language;
    private final ResourceBundle bundle;

    private Wording(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Wording of(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Wording(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The text under {@code key}, without placeholders. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no wording for " + key + " in " + language, e);
        }
    }

    /** The label of an enum constant, under {@code prefix.CONSTANT}. */
    public String label(String prefix, Enum<?> constant) {
        return text(prefix + "." + constant.name());
    }

    /** The template under {@code key} with its placeholders filled from {@code values}. */
    public String format(String key, Map<String, ?> values) {
        String template = text(key);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for {" + name + "} in " + key + " (" + language + ")");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(name))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Names items as the language does: {@code A、B和C} / {@code A, B and C}. */
    public String list(List<String> items) {
        return join(items, text("list.last"));
    }

    /** Like {@link #list} with the emphatic last conjunction of the threats sentence: {@code A、B以及C}. */
    public String listAlso(List<String> items) {
        return join(items, text("list.lastAlso"));
    }

    private String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
        return String.join(text("list.separator"), head) + last + items.getLast();
    }

    /** The week-over-week clause ({@code 较上周环比上升了17.3%}); empty when the change is undefined. */
    public String change(WeekChange change) {
        return switch (change) {
            case WeekChange.Rise rise -> format("change.rise", Map.of("pct", language.decimal(rise.percent())));
            case WeekChange.Fall fall -> format("change.fall", Map.of("pct", language.decimal(fall.percent())));
            case WeekChange.Unchanged unchanged -> text("change.unchanged");
            case WeekChange.Undefined undefined -> "";
        };
    }

    /** The clause with its leading comma ({@code ，较上周环比上升了17.3%}), or empty when undefined. */
    public String changeClause(WeekChange change) {
        String clause = change(change);
        return clause.isEmpty() ? "" : text("change.lead") + clause;
    }
}
