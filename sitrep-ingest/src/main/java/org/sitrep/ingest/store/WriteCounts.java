package org.sitrep.ingest.store;

/**
 * What a writer did with a batch.
 *
 * @param accepted records new to the store
 * @param duplicate records the store already held (or held twice in the batch) and that changed nothing
 * @param updated records that changed a record the store held (a merged vulnerability, a newer case version)
 */
public record WriteCounts(long accepted, long duplicate, long updated) {

    public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

    public WriteCounts plus(WriteCounts other) {
        return new WriteCounts(accepted + other.accepted, duplicate + other.duplicate, updated + other.updated);
    }
}
