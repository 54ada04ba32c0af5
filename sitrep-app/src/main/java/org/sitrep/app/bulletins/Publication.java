package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.IngestRuns.UnfinishedRun;
import org.sitrep.report.Format;
import org.sitrep.report.text.Language;

/**
 * Publishing a week as {@code sitrep publish} does: only a week that has ended, not while an ingest run is unfinished
 * unless forced with a reason (kept in the issue's note), a correction only with a note; then every format and
 * language is rendered into the week's folder and the archive pages are written again.
 */
public final class Publication {

    /** Why a week cannot be published now. */
    public static final class RefusedException extends IllegalStateException {

        /** What kind of refusal: each is a problem type of the API. */
        public enum Reason {
            WEEK_NOT_ENDED,
            INGEST_UNFINISHED,
            CORRECTION_NEEDS_NOTE
        }

        private final Reason reason;

        RefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private Publication() {}

    /** A week just published: its issue and every file written for it (the issue's and the archive pages). */
    public record Published(Issue issue, List<Path> files) {}

    /**
     * Publishes the week on the store behind {@code connection} and writes its files. The command line and the API
     * both publish through here.
     *
     * @param note for a correction: what changed and why
     * @param force publish although an ingest run did not finish, saying why
     */
    public static Published publish(
            Bulletins bulletins,
            Connection connection,
            IsoWeek week,
            @Nullable String note,
            @Nullable String force,
            ZoneId zone,
            Instant now)
            throws SQLException, IOException {
        if (!week.end(zone).isBefore(now)) {
            throw new RefusedException(
                    RefusedException.Reason.WEEK_NOT_ENDED,
                    week + " has not ended yet; publish it after " + week.end(zone));
        }
        List<UnfinishedRun> unfinished = new IngestRuns(connection).unfinished();
        String published = note;
        if (!unfinished.isEmpty()) {
            if (force == null || force.isBlank()) {
                throw new RefusedException(
                        RefusedException.Reason.INGEST_UNFINISHED,
                        "refusing to publish " + week + ": " + unfinished.size() + " ingest run(s) did not finish ("
                                + runs(unfinished) + "), so the week may be incomplete; ingest the files again"
                                + " (sitrep ingest --resume), or publish with a force reason (--force REASON)");
            }
            String forced = "published while ingest run(s) " + runs(unfinished) + " had not finished: " + force.strip();
            published = note == null || note.isBlank() ? forced : note + " (" + forced + ")";
        }
        boolean correction = bulletins.archive().published(week).isPresent();
        Issue issue;
        try {
            issue = bulletins.publish(week, published);
        } catch (IllegalArgumentException needsNote) {
            if (!correction) {
                throw needsNote;
            }
            // Bulletins refuses a correction without a note, naming what changed since the published revision
            throw new RefusedException(
                    RefusedException.Reason.CORRECTION_NEEDS_NOTE, String.valueOf(needsNote.getMessage()));
        }
        List<Path> files = new ArrayList<>(
                bulletins.render(issue, EnumSet.allOf(Language.class), EnumSet.allOf(Format.class), true));
        files.addAll(bulletins.writeArchivePages());
        return new Published(issue, List.copyOf(files));
    }

    private static String runs(List<UnfinishedRun> unfinished) {
        return String.join(
                ", ", unfinished.stream().map(run -> String.valueOf(run.id())).toList());
    }
}
