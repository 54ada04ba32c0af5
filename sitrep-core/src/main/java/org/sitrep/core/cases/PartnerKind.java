package org.sitrep.core.cases;

import java.util.Optional;

/** The kinds of organisation a CERT coordinates with. */
public enum PartnerKind {
    TELECOM_OPERATOR,
    CLOUD_PROVIDER,
    REGISTRAR,
    APP_STORE,
    REGIONAL_BRANCH,
    FOREIGN_CERT,
    HOSTING,
    OTHER;

    public String id() {
        return Enums.id(this);
    }

    public static Optional<PartnerKind> fromId(String text) {
        return Enums.fromId(PartnerKind.class, text);
    }
}
