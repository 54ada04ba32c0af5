package org.sitrep.report.text;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The bulletin's languages and how each writes numbers. Chinese writes counts as plain integers (no thousands
 * separator) and host counts in 万 with one decimal; English writes counts with thousands separators and host
 * counts as the same rounded value spelled out in full (57.8万 → 578,000), so both say the same number.
 */
public enum Language {
    CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    ENGLISH(Locale.ENGLISH, "en");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    /** English for any English locale, Chinese (the default) for everything else. */
    public static Language of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag for {@code lang} attributes. */
    public String tag() {
        return tag;
    }

    /** A count: {@code 12345} in Chinese, {@code 12,345} in English. */
    public String count(long value) {
        return switch (this) {
            case CHINESE -> Long.toString(value);
            case ENGLISH -> NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
        };
    }

    /** A value in 万 already rounded to one decimal: {@code 57.8} in Chinese, {@code 578,000} in English. */
    public String tenThousands(BigDecimal value) {
        return switch (this) {
            case CHINESE -> value.setScale(1).toPlainString();
            case ENGLISH -> count(value.movePointRight(4).longValueExact());
        };
    }

    /** A one-decimal value (a share or a change): {@code 17.3} in both languages. */
    public String decimal(BigDecimal value) {
        return value.setScale(1).toPlainString();
    }
}
