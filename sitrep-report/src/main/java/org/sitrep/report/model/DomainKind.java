package org.sitrep.report.model;

/** The kinds of domain the website section distributes defaced and backdoored sites over. */
public enum DomainKind {
    COM,
    NET,
    GOV_CN,
    ORG,
    OTHER
}
