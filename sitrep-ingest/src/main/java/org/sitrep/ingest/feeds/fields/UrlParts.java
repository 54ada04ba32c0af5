package org.sitrep.ingest.feeds.fields;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.core.parse.BadField;
import org.sitrep.core.parse.Cells;
import org.sitrep.core.parse.RejectCode;

/**
 * A URL as a feed reports it, split into what IntelMQ's {@code source.*} needs: the URL itself, and its host as
 * {@code ip} (an address literal) or {@code fqdn}, and the explicit port. Phishing and malware URLs are often not
 * valid URIs (spaces, raw Unicode), so only the scheme and the authority are checked, leniently.
 *
 * @param url the URL as written, trimmed
 * @param ip the host when it is an IP literal (canonical form), else {@code null}
 * @param fqdn the host in lower case when it is a name, else {@code null}
 * @param port the explicit port, or {@code null}
 */
public record UrlParts(
        String url,
        @Nullable String ip,
        @Nullable String fqdn,
        @Nullable Integer port) {

    private static final Pattern URL = Pattern.compile("(?s)([A-Za-z][A-Za-z0-9+.-]{0,15})://([^/?#\\\\]*)(.*)");
    private static final Pattern HOST_NAME = Pattern.compile("[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]{0,252})\\.?");

    /** Splits a URL or rejects it as {@code bad-url}. A URL without a scheme is read as {@code http://}. */
    public static UrlParts parse(String field, @Nullable String text) {
        String value = Cells.present(text);
        if (value == null) {
            throw BadField.missing(field);
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == ' ')) {
            throw bad(field, value);
        }
        var matcher = URL.matcher(value);
        String authority;
        if (matcher.matches()) {
            authority = matcher.group(2);
        } else if (!value.contains("://")) {
            return parse(field, "http://" + value).withUrl(value);
        } else {
            throw bad(field, value);
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostPort;
        Integer port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw bad(field, value);
            }
            host = hostPort.substring(0, close + 1);
            port = portAfter(field, value, hostPort.substring(close + 1));
        } else if (hostPort.indexOf(':') >= 0) {
            int colon = hostPort.lastIndexOf(':');
            host = hostPort.substring(0, colon);
            port = portAfter(field, value, hostPort.substring(colon));
        }
        if (Addresses.isIp(host)) {
            return new UrlParts(value, Addresses.ip(field, host), null, port);
        }
        if (!HOST_NAME.matcher(host).matches()) {
            throw bad(field, value);
        }
        String fqdn = host.toLowerCase(Locale.ROOT);
        return new UrlParts(value, null, fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn, port);
    }

    private static @Nullable Integer portAfter(String field, String url, String suffix) {
        if (suffix.isEmpty()) {
            return null;
        }
        if (!suffix.startsWith(":") || suffix.length() == 1) {
            throw bad(field, url);
        }
        Integer port = Addresses.port(field, suffix.substring(1));
        if (port == null) {
            throw bad(field, url);
        }
        return port;
    }

    private static BadField bad(String field, String value) {
        return new BadField(field, RejectCode.BAD_URL, "not a URL: " + Timestamps.abbreviate(value));
    }

    /** Whether the text is a URL this record can split (used by format detection). */
    public static boolean isUrl(String text) {
        try {
            parse("url", text);
            return text.contains("://");
        } catch (BadField e) {
            return false;
        }
    }

    private UrlParts withUrl(String value) {
        return new UrlParts(value, ip, fqdn, port);
    }

    /** The host name as a {@code source.fqdn}-style value: lower case, no trailing dot; {@code bad-fqdn} if not. */
    public static String fqdn(String field, String text) {
        String value = Cells.present(text);
        if (value == null) {
            throw BadField.missing(field);
        }
        if (!HOST_NAME.matcher(value).matches() || Addresses.isIp(value)) {
            throw new BadField(field, RejectCode.BAD_FQDN, "not a host name: " + Timestamps.abbreviate(value));
        }
        String fqdn = value.toLowerCase(Locale.ROOT);
        return fqdn.endsWith(".") ? fqdn.substring(0, fqdn.length() - 1) : fqdn;
    }

    /** An endpoint for this URL: url, ip or fqdn and port; the rest unknown. */
    public Endpoint toEndpoint() {
        return new Endpoint(ip, port, fqdn, url, null, null, null, null, null, null);
    }
}
