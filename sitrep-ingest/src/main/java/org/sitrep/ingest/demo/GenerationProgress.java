package org.sitrep.ingest.demo;

/** Told how far the generator has come, every few thousand events and at the end of each week's file. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (written, planned, week) -> {};

    /**
     * @param eventsWritten event lines written so far, over all weeks
     * @param eventsPlanned the primary observations planned over all weeks (copies make the written count end a
     *     little above it)
     * @param week the week being written, e.g. {@code 2024-W45}
     */
    void progress(long eventsWritten, long eventsPlanned, String week);
}
