package org.sitrep.core.figures;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels and one-sentence definitions of figures, distributions, units, sections and headline indicators in one
 * language, from the bundles {@code org/sitrep/core/figures/figures_en.properties} and {@code figures_zh_CN}
 * (UTF-8). Keys: {@code <id>.label}, {@code <id>.definition}, {@code unit.<id>}, {@code section.<id>},
 * {@code headline.<id>}, {@code table.*} for table headings, and {@code key.<vocabulary>.<key>} for the keys of
 * fixed vocabularies.
 */
public final class FigureLabels {

    private static final String BUNDLE = "org.sitrep.core.figures.figures";

    private final ResourceBundle bundle;

    private FigureLabels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The labels for a language; Chinese locales read zh_CN, every other locale English. */
    public static FigureLabels of(Locale locale) {
        Locale wanted = locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new FigureLabels(ResourceBundle.getBundle(BUNDLE, wanted, noFallback));
    }

    public String label(String id) {
        return text(id + ".label");
    }

    public String definition(String id) {
        return text(id + ".definition");
    }

    public String unit(Unit unit) {
        return text("unit." + unit.id());
    }

    public String section(Section section) {
        return text("section." + section.id());
    }

    public String headline(Headline indicator) {
        return text("headline." + indicator.id());
    }

    /** The label of a distribution key from a fixed vocabulary, or the key itself (provinces, TLDs). */
    public String key(String vocabulary, String key) {
        String name = "key." + vocabulary + "." + key;
        return bundle.containsKey(name) ? bundle.getString(name) : key;
    }

    /** Whether the bundle defines the key; for tests that every id has its texts. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Any text of the bundle by its key, e.g. {@code table.this_week}. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text " + key + " in " + bundle.getLocale() + " figure labels", e);
        }
    }
}
