package org.sitrep.report.model;

/** A configurable text in the bulletin's two languages (Simplified Chinese and English). */
public record LocalizedText(String zh, String en) {
    public LocalizedText {
        Checks.present(zh, "zh");
        Checks.present(en, "en");
    }
}
