package org.sitrep.ingest.demo;

import inet.ipaddr.ipv6.IPv6Address;

/**
 * One contiguous range of the synthetic world's address space, owned by one network. Hosts are numbered
 * {@code 0..capacity-1} inside it and mapped to addresses by an odd multiplier modulo the (power-of-two) size, a
 * bijection: distinct host numbers give distinct addresses, and nothing per host is stored.
 *
 * @param start the first IPv4 address as a number, or for IPv6 the upper 64 bits of a /32 prefix
 * @param size the number of IPv4 addresses (a power of two), or 2^32 subnets for IPv6
 * @param capacity how many hosts of the pool live here (at most {@code size})
 */
record NetBlock(Network network, long start, long size, long capacity, long multiplier, long salt) {

    NetBlock {
        if (capacity > size || Long.bitCount(size) != 1) {
            throw new IllegalArgumentException("capacity " + capacity + " must fit the power-of-two size " + size);
        }
    }

    boolean v6() {
        return network.v6();
    }

    /** The address of host {@code offset} ({@code 0 <= offset < capacity}). */
    String address(long offset) {
        long scrambled = (offset * multiplier + salt) & (size - 1);
        if (!v6()) {
            return ipv4(start + scrambled);
        }
        return ipv6(start | scrambled, Rng.mix(offset ^ salt));
    }

    String firstAddress() {
        return v6() ? ipv6(start, 0) : ipv4(start);
    }

    String lastAddress() {
        return v6() ? ipv6(start | (size - 1), -1L) : ipv4(start + size - 1);
    }

    static String ipv4(long value) {
        return new StringBuilder(15)
                .append((value >>> 24) & 0xff)
                .append('.')
                .append((value >>> 16) & 0xff)
                .append('.')
                .append((value >>> 8) & 0xff)
                .append('.')
                .append(value & 0xff)
                .toString();
    }

    static String ipv6(long high, long low) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return new IPv6Address(bytes).toCanonicalString();
    }
}
