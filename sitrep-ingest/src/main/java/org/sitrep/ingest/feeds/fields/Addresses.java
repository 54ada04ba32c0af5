package org.sitrep.ingest.feeds.fields;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.Cells;
import org.sitrep.core.parse.RejectCode;

/** Network values as feeds write them: IP addresses (strict, no ranges or prefixes), ports, ASNs, country codes. */
public final class Addresses {

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowSingleSegment(false)
            .allowPrefix(false)
            .allowMask(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .allow_inet_aton(false)
            .toParams();
    private static final Pattern ASN = Pattern.compile("(?i)(?:AS)?\\s*(\\d{1,10})");

    private Addresses() {}

    /** Whether the text is one IP address (IPv4 or IPv6, brackets allowed). */
    public static boolean isIp(String text) {
        return text != null && (DottedQuad.isPlain(text) || address(text) != null);
    }

    /** The address in canonical form ({@code 2001:db8::1}), or a {@code bad-ip} reject. */
    public static String ip(String field, @Nullable String text) {
        if (text == null) {
            throw BadField.missing(field);
        }
        String stripped = text.strip();
        if (DottedQuad.isPlain(stripped)) {
            return stripped;
        }
        IPAddress address = address(stripped);
        if (address == null) {
            throw new BadField(field, RejectCode.BAD_IP, "not an IP address: " + Timestamps.abbreviate(text));
        }
        return address.toCanonicalString();
    }

    public static @Nullable String optionalIp(String field, @Nullable String text) {
        return Cells.present(text) == null ? null : ip(field, text);
    }

    private static @Nullable IPAddress address(String text) {
        String value = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (value.isEmpty() || value.length() > 64 || !couldBeIp(value)) {
            return null;
        }
        IPAddress address = new IPAddressString(value, STRICT).getAddress();
        return address == null || address.isPrefixed() ? null : address;
    }

    /**
     * A cheap first look: IPv6 has a colon, IPv4 (dotted decimal only) is digits and dots. Host names fail here
     * instead of in the address parser, which is slow on failure.
     */
    private static boolean couldBeIp(String value) {
        if (value.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A port 0..65535, {@code null} when missing, else a {@code bad-port} reject. */
    public static @Nullable Integer port(String field, @Nullable String text) {
        String value = Cells.present(text);
        if (value == null) {
            return null;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the reject
        }
        throw new BadField(field, RejectCode.BAD_PORT, "not a port: " + Timestamps.abbreviate(value));
    }

    /** An AS number from {@code 64496} or {@code AS64496}; {@code null} when missing or 0. */
    public static @Nullable Long asn(String field, @Nullable String text) {
        String value = Cells.present(text);
        if (value == null) {
            return null;
        }
        String digits = isDigits(value, 10) ? value : null;
        if (digits == null) {
            var matcher = ASN.matcher(value);
            digits = matcher.matches() ? matcher.group(1) : null;
        }
        if (digits != null) {
            long asn = Long.parseLong(digits);
            if (asn <= 4294967295L) {
                return asn == 0 ? null : asn;
            }
        }
        throw new BadField(field, RejectCode.BAD_ASN, "not an AS number: " + Timestamps.abbreviate(value));
    }

    /**
     * An ISO 3166-1 alpha-2 code in upper case, or {@code null} when missing or not a two-letter code (feeds write
     * {@code -}, {@code ZZ}-like placeholders and country names; enrichment fills the country in later).
     */
    public static @Nullable String countryCode(@Nullable String text) {
        String value = Cells.present(text);
        if (value == null || !isTwoLetters(value)) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        return code.equals("ZZ") || code.equals("XX") ? null : code;
    }

    /** 1 to {@code max} ASCII digits: the plain form, read without the regular expression. */
    private static boolean isDigits(String value, int max) {
        if (value.isEmpty() || value.length() > max) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Two ASCII letters, either case ({@code [A-Za-z]{2}}). */
    private static boolean isTwoLetters(String value) {
        return value.length() == 2 && isAsciiLetter(value.charAt(0)) && isAsciiLetter(value.charAt(1));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
