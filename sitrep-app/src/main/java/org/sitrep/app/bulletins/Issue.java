package org.sitrep.app.bulletins;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;

/**
 * One revision of one week's bulletin in the archive. A published revision is frozen: its figures and assessment
 * (JSON, exactly as computed when it was published) are what every later rendering of it prints.
 *
 * @param changeNote for revision 2 and later: what the correction changed
 */
public record Issue(
        IsoWeek week,
        int revision,
        Status status,
        String figuresJson,
        String assessmentJson,
        Instant createdAt,
        @Nullable Instant publishedAt,
        @Nullable String changeNote) {

    public enum Status {
        DRAFT,
        PUBLISHED;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status fromId(String id) {
            return valueOf(id.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Issue {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(figuresJson, "figures");
        Objects.requireNonNull(assessmentJson, "assessment");
        Objects.requireNonNull(createdAt, "created_at");
        if (revision < 1) {
            throw new IllegalArgumentException("revision starts at 1, was " + revision);
        }
        if (status == Status.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException("a published issue needs published_at");
        }
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }
}
