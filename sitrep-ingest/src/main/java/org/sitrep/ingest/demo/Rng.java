package org.sitrep.ingest.demo;

/**
 * SplitMix64: a small, fast generator whose output is fixed by its seed on every JVM, so that the demo data is
 * byte-identical across runs and machines (the JDK's generators do not promise that across versions).
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one purpose (a week, a kind), derived from a seed and labels. */
    static Rng of(long seed, long... labels) {
        long state = mix(seed);
        for (long label : labels) {
            state = mix(state ^ mix(label + GOLDEN));
        }
        return new Rng(state);
    }

    /** A stateless 64-bit hash: the world derives its pools (hosts, sites, domains) from indices with it. */
    static long mix(long value) {
        long z = value + GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long mix(long seed, long a, long b) {
        return mix(mix(seed ^ mix(a)) + b);
    }

    long nextLong() {
        state += GOLDEN;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) nextLong(bound);
    }

    /** Uniform in [0, bound); the modulo bias is below 2^-30 for the bounds used here. */
    long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    int between(int low, int highInclusive) {
        return low + nextInt(highInclusive - low + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** An index drawn with the given weights (the cumulative sums of the weights, ascending). */
    int pick(double[] cumulative) {
        double target = nextDouble() * cumulative[cumulative.length - 1];
        return indexOf(cumulative, target);
    }

    /** The first index whose cumulative weight exceeds the target. */
    static int indexOf(double[] cumulative, double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    static double[] cumulative(double... weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }
}
