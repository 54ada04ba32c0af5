package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sitrep.core.week.IsoWeek;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.IngestRuns.UnfinishedRun;

/**
 * The ingest runs that did not finish, as every command tells them: their files were read in part, so the weeks
 * their events fall in may be incomplete, and so may any week the unread rest of a file holds. Every command warns;
 * {@code publish} refuses while there is one, unless forced with a reason.
 */
record UnfinishedRuns(List<UnfinishedRun> runs, SortedSet<IsoWeek> weeks) {

    static UnfinishedRuns of(Connection connection, ZoneId zone) throws SQLException {
        IngestRuns store = new IngestRuns(connection);
        List<UnfinishedRun> runs = store.unfinished();
        SortedSet<IsoWeek> weeks = new TreeSet<>();
        if (!runs.isEmpty()) {
            for (Instant hour : store.unfinishedEventHours()) {
                weeks.add(IsoWeek.containing(hour, zone));
            }
        }
        return new UnfinishedRuns(runs, weeks);
    }

    boolean none() {
        return runs.isEmpty();
    }

    /** Prints one warning line per unfinished run, on standard error. */
    void warn(PrintWriter err) {
        for (UnfinishedRun run : runs) {
            err.println("sitrep: warning: " + describe(run));
        }
        err.flush();
    }

    /** Warns about the unfinished runs of the store behind the connection, if any. */
    static void warn(Connection connection, ZoneId zone, PrintWriter err) throws SQLException {
        of(connection, zone).warn(err);
    }

    String describe(UnfinishedRun run) {
        return "ingest run " + run.id() + " of " + run.file() + " (started " + run.startedAt()
                + ") did not finish, so its file was read in part"
                + (weeks.isEmpty() ? "" : "; the weeks it touched (" + weekList() + ") may be incomplete")
                + "; run `sitrep ingest --resume` or ingest the file again";
    }

    String weekList() {
        return String.join(", ", weeks.stream().map(IsoWeek::toString).toList());
    }
}
