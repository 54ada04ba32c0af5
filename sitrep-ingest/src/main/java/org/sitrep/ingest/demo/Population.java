package org.sitrep.ingest.demo;

import java.util.List;

/**
 * The hosts of one pool (e.g. domestic broadband), numbered {@code 0..capacity-1} across the pool's blocks in
 * proportion to the blocks' capacities, so that a uniformly drawn host number lands in a province with that
 * province's weight. Only the blocks' cumulative capacities are stored.
 */
final class Population {
    private final NetBlock[] blocks;
    private final long[] ends;

    Population(List<NetBlock> blocks) {
        this.blocks = blocks.toArray(NetBlock[]::new);
        this.ends = new long[this.blocks.length];
        long end = 0;
        for (int i = 0; i < this.blocks.length; i++) {
            end += this.blocks[i].capacity();
            ends[i] = end;
        }
    }

    long capacity() {
        return ends[ends.length - 1];
    }

    /** The address of host {@code host}, taken modulo the capacity. */
    String address(long host) {
        long wrapped = Math.floorMod(host, capacity());
        int block = blockIndex(wrapped);
        return blocks[block].address(wrapped - (block == 0 ? 0 : ends[block - 1]));
    }

    /** The country (ISO alpha-2) of host {@code host}. */
    String country(long host) {
        return blocks[blockIndex(Math.floorMod(host, capacity()))].network().country();
    }

    private int blockIndex(long host) {
        int low = 0;
        int high = ends.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ends[middle] > host) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * The address of member {@code member} of a sub-pool of {@code members} hosts (an infected-host pool, a
     * hosting pool): members are scattered over the whole population, one per stride of {@code capacity/members},
     * so that distinct members have distinct addresses and member numbers carry no geography.
     */
    String member(long member, long members) {
        return address(host(member, members));
    }

    /** The host number of a sub-pool member (see {@link #member}). */
    long host(long member, long members) {
        long stride = Math.max(1, capacity() / members);
        long scattered = Math.floorMod(member * 0x9E3779B1L, members);
        return scattered * stride + Math.floorMod(Rng.mix(member), stride);
    }

    /** A uniformly drawn address of the pool. */
    String any(Rng rng) {
        return address(rng.nextLong(capacity()));
    }
}
