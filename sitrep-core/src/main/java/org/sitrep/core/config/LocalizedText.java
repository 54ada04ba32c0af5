package org.sitrep.core.config;

import java.util.Locale;

/** A text the organisation writes in Chinese and in English. */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("zh must not be empty");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("en must not be empty");
        }
    }

    /** The Chinese text for a {@code zh} locale, else the English one. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
