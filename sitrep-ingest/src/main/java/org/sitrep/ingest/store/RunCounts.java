package org.sitrep.ingest.store;

/** The counts of one ingest run; a record read once lands in exactly one of accepted, duplicate, updated, skipped or rejected (a record giving several events counts each event). */
public record RunCounts(long read, long accepted, long duplicate, long updated, long skipped, long rejected) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts other) {
        return new RunCounts(
                read + other.read,
                accepted + other.accepted,
                duplicate + other.duplicate,
                updated + other.updated,
                skipped + other.skipped,
                rejected + other.rejected);
    }

    public RunCounts plusRead(long records) {
        return new RunCounts(read + records, accepted, duplicate, updated, skipped, rejected);
    }

    public RunCounts plusSkipped(long records) {
        return new RunCounts(read, accepted, duplicate, updated, skipped + records, rejected);
    }

    public RunCounts plusRejected(long records) {
        return new RunCounts(read, accepted, duplicate, updated, skipped, rejected + records);
    }

    public RunCounts plus(WriteCounts written) {
        return new RunCounts(
                read,
                accepted + written.accepted(),
                duplicate + written.duplicate(),
                updated + written.updated(),
                skipped,
                rejected);
    }

    /** Rejected records as a share of those read; 0 for an empty input. */
    public double rejectRatio() {
        return read == 0 ? 0 : (double) rejected / read;
    }
}
