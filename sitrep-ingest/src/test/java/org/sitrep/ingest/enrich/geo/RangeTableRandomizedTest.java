package org.sitrep.ingest.enrich.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random tables: the binary search must give what a plain scan over the rows gives, for random addresses
 * and for the edges of every range, IPv4 and IPv6.
 */
class RangeTableRandomizedTest {

    @TempDir
    Path directory;

    private record Range(BigInteger start, BigInteger end, long asn) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void binarySearchAgreesWithAScan(long seed) throws IOException {
        Random random = new Random(seed);
        List<Range> v4 = ranges(random, 32, 100, 1);
        List<Range> v6 = ranges(random, 128, 100, 100_000);
        StringBuilder csv = new StringBuilder("ip_start,ip_end,country_code,region,city,asn,as_name\n");
        for (Range range : concat(v4, v6)) {
            int bits = range.asn() < 100_000 ? 32 : 128;
            csv.append(text(range.start(), bits))
                    .append(',')
                    .append(text(range.end(), bits))
                    .append(",CN,,,")
                    .append(range.asn())
                    .append(",\n");
        }
        Path file = Files.writeString(directory.resolve("random.csv"), csv);
        RangeTableLocator table = RangeTableLocator.load(file, warning -> {});

        assertThat(table.size()).isEqualTo(200);
        List<String> mismatches = new ArrayList<>();
        for (List<Range> family : List.of(v4, v6)) {
            int bits = family == v4 ? 32 : 128;
            List<BigInteger> probes = new ArrayList<>();
            for (Range range : family) {
                probes.add(range.start());
                probes.add(range.end());
                probes.add(range.start().subtract(BigInteger.ONE));
                probes.add(range.end().add(BigInteger.ONE));
            }
            for (int i = 0; i < 500; i++) {
                probes.add(new BigInteger(bits, random));
            }
            for (BigInteger probe : probes) {
                if (probe.signum() < 0 || probe.bitLength() > bits) {
                    continue;
                }
                Long expected = family.stream()
                        .filter(r -> r.start().compareTo(probe) <= 0 && probe.compareTo(r.end()) <= 0)
                        .map(Range::asn)
                        .findFirst()
                        .orElse(null);
                IpLocation actual = bits == 32
                        ? table.locateIpv4(probe.longValue())
                        : table.locateIpv6(probe.shiftRight(64).longValue(), probe.longValue());
                if (!java.util.Objects.equals(actual.asn(), expected)) {
                    mismatches.add(probe.toString(16) + ": " + actual.asn() + " instead of " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Sorted, non-overlapping random ranges, some adjacent, some one address wide. */
    private static List<Range> ranges(Random random, int bits, int count, long firstAsn) {
        BigInteger space = BigInteger.ONE.shiftLeft(bits);
        BigInteger slot = space.divide(BigInteger.valueOf(count));
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigInteger slotStart = slot.multiply(BigInteger.valueOf(i));
            BigInteger start = random.nextBoolean() ? slotStart : slotStart.add(new BigInteger(bits - 10, random));
            BigInteger width = random.nextInt(5) == 0 ? BigInteger.ZERO : new BigInteger(bits - 10, random);
            BigInteger end = start.add(width).min(slotStart.add(slot).subtract(BigInteger.ONE));
            ranges.add(new Range(start, end, firstAsn + i));
        }
        return ranges;
    }

    private static List<Range> concat(List<Range> a, List<Range> b) {
        List<Range> all = new ArrayList<>(a);
        all.addAll(b);
        java.util.Collections.shuffle(all, new Random(7));
        return all;
    }

    private static String text(BigInteger value, int bits) {
        if (bits == 32) {
            long v = value.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        String hex = String.format("%032x", value);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 32; i += 4) {
            text.append(i == 0 ? "" : ":").append(hex, i, i + 4);
        }
        return text.toString();
    }
}
