/**
 * The bulletin's renderers. {@link org.sitrep.report.BulletinRenderer} takes a
 * {@link org.sitrep.report.model.BulletinView} (raw numbers, section by section) and writes one issue in one
 * language and {@link org.sitrep.report.Format}. Inside: {@code text} writes every sentence from the message bundles
 * and holds the number rules (万, shares, week-over-week clauses, titles); {@code charts} draws the figures as SVG;
 * {@code html}, {@code pdf}, {@code markdown} and {@code blocklist} lay the written issue out; {@code fonts} holds
 * the bundled fonts the PDF embeds.
 */
package org.sitrep.report;
