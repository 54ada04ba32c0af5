package org.sitrep.core.layering;

import org.sitrep.ingest.pipeline.IngestSettings;

/** A deliberate layering violation (core using ingest) that {@code LayeringTest} must report. */
public final class CoreReachingIntoIngest {

    private CoreReachingIntoIngest() {}

    public static IngestSettings settings() {
        return IngestSettings.defaults();
    }
}
