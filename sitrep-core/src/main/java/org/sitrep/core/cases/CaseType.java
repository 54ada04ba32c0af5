package org.sitrep.core.cases;

import java.util.Locale;
import java.util.Optional;

/** The kind of incident a case is about. */
public enum CaseType {
    PHISHING,
    MALICIOUS_CODE,
    MOBILE_MALWARE,
    DEFACEMENT,
    BACKDOOR,
    VULNERABILITY,
    DOS,
    SCANNING,
    DATA_LEAK,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseType> fromId(String text) {
        return Enums.fromId(CaseType.class, text);
    }
}
