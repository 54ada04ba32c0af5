package org.sitrep.report;

/** The output formats of one issue (JSON is written elsewhere, from the figures themselves). */
public enum Format {
    /** {@code bulletin.html}: one self-contained page, charts inline. */
    HTML,
    /** {@code bulletin.pdf}: A4, fonts embedded, charts as vectors. */
    PDF,
    /** {@code bulletin.md} with {@code figure-N.svg} beside it. */
    MARKDOWN,
    /** {@code blocklist.txt} and {@code blocklist.csv}: the week's malware download addresses. */
    BLOCKLIST
}
