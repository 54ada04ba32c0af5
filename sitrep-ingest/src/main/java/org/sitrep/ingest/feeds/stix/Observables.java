package org.sitrep.ingest.feeds.stix;

import org.jspecify.annotations.Nullable;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.RejectCode;

/**
 * What a STIX indicator pattern or an observed-data object names, as plain values: at most one of each kind.
 * Built up while reading; a second value of a kind makes the object too complex for one event.
 */
final class Observables {

    @Nullable
    String url;

    @Nullable
    String domain;

    @Nullable
    String ip;

    @Nullable
    Integer port;

    @Nullable
    String sha256;

    @Nullable
    String md5;

    @Nullable
    String sha1;

    /** Thrown when an object names more than Sitrep can put into one event. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    void set(String kind, String value) {
        switch (kind) {
            case "url" -> url = once(url, value, kind);
            case "domain" -> domain = once(domain, value, kind);
            case "ip" -> ip = once(ip, stripHostPrefix(value), kind);
            case "sha256" -> sha256 = once(sha256, value, kind);
            case "md5" -> md5 = once(md5, value, kind);
            case "sha1" -> sha1 = once(sha1, value, kind);
            case "port" -> {
                try {
                    port = Integer.valueOf(once(port == null ? null : port.toString(), value, kind));
                } catch (NumberFormatException e) {
                    throw new BadField("pattern", RejectCode.BAD_PORT, "not a port: " + value);
                }
            }
            default -> throw new Unsupported("observable " + kind + " is not taken");
        }
    }

    boolean isEmpty() {
        return url == null && domain == null && ip == null && sha256 == null && md5 == null && sha1 == null;
    }

    boolean hasNetwork() {
        return url != null || domain != null || ip != null;
    }

    private static String once(@Nullable String current, String value, String kind) {
        if (current != null && !current.equals(value)) {
            throw new Unsupported("more than one " + kind + " in one object");
        }
        return value;
    }

    /** {@code 203.0.113.5/32} names one host; wider prefixes are networks, not hosts. */
    private static String stripHostPrefix(String value) {
        if (value.endsWith("/32") || value.endsWith("/128")) {
            return value.substring(0, value.lastIndexOf('/'));
        }
        if (value.contains("/")) {
            throw new Unsupported("address ranges are not taken: " + value);
        }
        return value;
    }
}
