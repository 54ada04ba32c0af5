package org.sitrep.app.events;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An address or a network as the events query compares it: the canonical text of an address (as events store it)
 * and, for a network, its family and prefix bits in the store's {@code ip_bits} form (schema V7).
 */
public record Network(String canonical, String bits, String textPrefix) {

    /** The address in the canonical text form events are stored in; a value that is not one is refused. */
    public static String address(String name, String text) {
        IPAddress address = parse(name, text);
        if (address.isPrefixed()) {
            throw new IllegalArgumentException(name + " must be one address, not a network: " + text);
        }
        return address.toCanonicalString();
    }

    /** A network {@code a.b.c.d/n} or {@code 2001:db8::/32} (an address alone is its own /32 or /128). */
    public static Network of(String name, String text) {
        IPAddress address = parse(name, text);
        int prefix = address.isPrefixed() ? address.getNetworkPrefixLength() : address.getBitCount();
        IPAddress network = address.toPrefixBlock(prefix).getLower().withoutPrefixLength();
        if (!java.util.Arrays.equals(
                network.getBytes(), address.getLower().withoutPrefixLength().getBytes())) {
            throw new IllegalArgumentException(name + " has host bits set: " + text + " (the network is "
                    + network.toCanonicalString() + "/" + prefix + ")");
        }
        StringBuilder bits = new StringBuilder(address.isIPv4() ? "4" : "6");
        for (byte octet : network.getBytes()) {
            bits.append(String.format(Locale.ROOT, "%8s", Integer.toBinaryString(octet & 0xff))
                    .replace(' ', '0'));
        }
        bits.setLength(1 + prefix);
        return new Network(network.toCanonicalString() + "/" + prefix, bits.toString(), textPrefix(network, prefix));
    }

    /**
     * Whether {@link #textPrefix()} alone decides containment: an IPv4 network of whole octets up to /24 (the
     * dotted text of a canonical address starts with {@code 36.12.} exactly when it lies in 36.12.0.0/16).
     */
    public boolean textExact() {
        int prefix = bits.length() - 1;
        return bits.startsWith("4") && prefix % 8 == 0 && prefix >= 8 && prefix <= 24;
    }

    /** The dotted text every address of an IPv4 network starts with (whole octets only), to skip others cheaply. */
    private static String textPrefix(IPAddress network, int prefix) {
        if (!network.isIPv4() || prefix < 8) {
            return "";
        }
        String[] octets = network.toCanonicalString().split("\\.");
        return String.join(".", java.util.Arrays.copyOf(octets, Math.min(prefix / 8, 3))) + ".";
    }

    private static IPAddress parse(String name, @Nullable String text) {
        IPAddress address = text == null || text.length() > 64 ? null : new IPAddressString(text.strip()).getAddress();
        if (address == null) {
            throw new IllegalArgumentException(name + " is not an IP address or network: " + text);
        }
        return address;
    }
}
