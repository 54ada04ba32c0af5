/**
 * The bulletin's view model: plain records that say exactly what one issue prints, section by section, in raw
 * numbers. Every rounding, share, week-over-week change and word is left to the renderer
 * ({@link org.sitrep.report.BulletinRenderer}); the model only carries counts, labels and lists. Counts that the
 * bulletin compares with the previous week are {@link org.sitrep.report.model.WeekCount}s; lists of counts by a
 * key are {@link org.sitrep.report.model.Counted} and are printed in the order given (callers sort them, largest
 * first, where the bulletin ranks).
 */
package org.sitrep.report.model;
