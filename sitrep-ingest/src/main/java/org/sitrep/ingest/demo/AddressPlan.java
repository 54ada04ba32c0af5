package org.sitrep.ingest.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The synthetic world's address space: every network of {@link Network#catalog()} gets one block, laid out
 * without overlap inside /8s typical of its side (domestic or abroad), sized by the network's weight in its pool.
 * Two documentation ranges (198.51.100.0/24, 203.0.113.0/24) are foreign hosting too, so that samples and the
 * demo can share addresses. The plan holds a few hundred blocks whatever the number of events.
 */
final class AddressPlan {
    private static final int[] DOMESTIC_SLASH8 = {
        1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
        122, 123, 124, 125, 171, 175, 180, 182, 183, 210, 211, 218, 219, 220, 221, 222, 223
    };
    private static final int[] FOREIGN_SLASH8 = {
        2, 3, 5, 8, 12, 13, 18, 20, 23, 31, 34, 35, 37, 45, 46, 52, 62, 64, 66, 69, 72, 77, 78, 79, 80, 81, 82, 83, 84,
        85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 104, 107, 108, 128, 129, 130, 131, 134, 136, 137, 138, 139, 141, 142,
        143, 144, 145, 146, 147, 148, 149, 151, 152, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 167,
        168, 170, 173, 176, 178, 185, 188, 193, 194, 195, 204, 205, 206, 207, 208, 209, 212, 213, 217
    };
    private static final long MAX_V4_BLOCK = 1L << 24;

    private final List<NetBlock> blocks = new ArrayList<>();
    private final Map<Network.Pool, Population> pools = new EnumMap<>(Network.Pool.class);

    AddressPlan(long seed) {
        Rng rng = Rng.of(seed, 0xADD);
        Map<Network.Pool, List<NetBlock>> byPool = new EnumMap<>(Network.Pool.class);
        List<Network> networks = Network.catalog();
        List<Sized> domestic = new ArrayList<>();
        List<Sized> foreign = new ArrayList<>();
        int v6Counter = 0;
        for (Network network : networks) {
            long capacity = capacityOf(network, networks);
            if (network.v6()) {
                add(
                        byPool,
                        new NetBlock(
                                network,
                                v6Prefix(network, v6Counter++),
                                1L << 32,
                                capacity,
                                odd(rng),
                                rng.nextLong(1L << 32)));
                continue;
            }
            long size = Math.min(MAX_V4_BLOCK, Long.highestOneBit(Math.max(256, capacity) * 2 - 1));
            Sized sized = new Sized(network, size, Math.min(capacity, size));
            (network.country().equals("CN") ? domestic : foreign).add(sized);
        }
        allocate(domestic, shuffled(DOMESTIC_SLASH8, rng), rng, byPool);
        allocate(foreign, shuffled(FOREIGN_SLASH8, rng), rng, byPool);
        Network example = new Network(
                "US", "", "Los Angeles", 64500, "EXAMPLE-HOSTING-US", 0, Network.Pool.FOREIGN_HOSTING, false);
        add(byPool, new NetBlock(example, (198L << 24) | (51 << 16) | (100 << 8), 256, 256, odd(rng), 0));
        Network exampleHk =
                new Network("HK", "", "Hong Kong", 64501, "EXAMPLE-HOSTING-HK", 0, Network.Pool.FOREIGN_HOSTING, false);
        add(byPool, new NetBlock(exampleHk, (203L << 24) | (113 << 8), 256, 256, odd(rng), 0));
        byPool.forEach((pool, list) -> pools.put(pool, new Population(list)));
        blocks.sort(Comparator.comparing(NetBlock::v6).thenComparingLong(NetBlock::start));
    }

    private record Sized(Network network, long size, long capacity) {}

    /** The pool's total capacity is fixed, so the geo table does not depend on the number of events. */
    private static long capacityOf(Network network, List<Network> networks) {
        double poolWeight = networks.stream()
                .filter(n -> n.pool() == network.pool())
                .mapToDouble(Network::weight)
                .sum();
        long total = switch (network.pool()) {
            case DOMESTIC_BROADBAND -> 1L << 26;
            case DOMESTIC_HOSTING, FOREIGN_HOSTING -> 1L << 21;
            case FOREIGN_BROADBAND -> 1L << 22;
        };
        return Math.max(64, Math.round(total * network.weight() / poolWeight));
    }

    private void allocate(List<Sized> wanted, int[] slash8s, Rng rng, Map<Network.Pool, List<NetBlock>> byPool) {
        List<Sized> bySize = new ArrayList<>(wanted);
        bySize.sort(Comparator.comparingLong(Sized::size).reversed());
        int octet = 0;
        long cursor = (long) slash8s[0] << 24;
        for (Sized sized : bySize) {
            long start = (cursor + sized.size() - 1) & -sized.size();
            if (start + sized.size() > ((long) slash8s[octet] + 1) << 24) {
                octet++;
                start = (long) slash8s[octet] << 24;
            }
            add(
                    byPool,
                    new NetBlock(
                            sized.network(),
                            start,
                            sized.size(),
                            sized.capacity(),
                            odd(rng),
                            rng.nextLong(sized.size())));
            cursor = start + sized.size() * (1 + rng.nextInt(3));
        }
    }

    private void add(Map<Network.Pool, List<NetBlock>> byPool, NetBlock block) {
        blocks.add(block);
        byPool.computeIfAbsent(block.network().pool(), pool -> new ArrayList<>())
                .add(block);
    }

    private static long v6Prefix(Network network, int counter) {
        long prefix = switch (network.asn()) {
            case 4134 -> 0x240e0300L + counter;
            case 9808 -> 0x24098a00L + counter;
            case 24940 -> 0x2a0104f8L;
            default -> 0x2604a880L;
        };
        return prefix << 32;
    }

    private static long odd(Rng rng) {
        return rng.nextLong() | 1;
    }

    private static int[] shuffled(int[] values, Rng rng) {
        int[] copy = values.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = copy[i];
            copy[i] = copy[j];
            copy[j] = swap;
        }
        return copy;
    }

    /** All blocks, IPv4 before IPv6, each ascending: the rows of {@code geo.csv}. */
    List<NetBlock> blocks() {
        return List.copyOf(blocks);
    }

    Population pool(Network.Pool pool) {
        return Objects.requireNonNull(pools.get(pool), pool.name());
    }
}
