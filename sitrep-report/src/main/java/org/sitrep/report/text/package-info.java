/**
 * The bulletin's words and number rules. {@link org.sitrep.report.text.BulletinWriter} turns a view into a
 * {@link org.sitrep.report.text.WrittenBulletin}: sections of paragraphs, tables and figure captions in one
 * {@link org.sitrep.report.text.Language}. All wording comes from {@code bulletin.properties} (Simplified Chinese)
 * and {@code bulletin_en.properties} beside this package's classes; the rules themselves
 * ({@link org.sitrep.report.text.WeekChange}, {@link org.sitrep.report.text.HostSplit},
 * {@link org.sitrep.report.text.Decimals}, {@link org.sitrep.report.text.Provinces},
 * {@link org.sitrep.report.text.IssueTitle}) are pure functions.
 */
package org.sitrep.report.text;
