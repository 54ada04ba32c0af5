package org.sitrep.ingest.enrich.derive;

import com.google.common.net.InternetDomainName;
import inet.ipaddr.IPAddressString;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.event.Endpoint;
import org.sitrep.ingest.feeds.fields.DottedQuad;
import org.sitrep.ingest.feeds.fields.FieldValues;

/** Host names of endpoints: the site an endpoint is about, its registered domain and public suffix. */
final class Hosts {
    private Hosts() {}

    /** {@code fqdn}, else the URL's host; lower case, without a trailing dot or IPv6 brackets. */
    static @Nullable String site(Endpoint endpoint) {
        if (endpoint.fqdn() != null && !endpoint.fqdn().isBlank()) {
            return normalize(endpoint.fqdn());
        }
        return urlHost(endpoint.url()).orElse(null);
    }

    static Optional<String> urlHost(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        try {
            String host = URI.create(text).getHost();
            if (host != null) {
                return Optional.of(normalize(host));
            }
        } catch (IllegalArgumentException e) {
            // fall through: feeds carry URLs that java.net.URI finds too strict (spaces, raw Unicode)
        }
        return authority(text).map(Hosts::normalize);
    }

    /** The host between {@code ://} and the first of {@code / ? #}, without user info and port. */
    private static Optional<String> authority(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close > 0 ? Optional.of(authority.substring(0, close + 1)) : Optional.empty();
        }
        int colon = authority.indexOf(':');
        String host = colon >= 0 ? authority.substring(0, colon) : authority;
        return host.isBlank() ? Optional.empty() : Optional.of(host);
    }

    private static String normalize(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    static boolean isIpLiteral(String host) {
        return host != null
                && (DottedQuad.isPlain(host)
                        || (mayBeAddress(host) && new IPAddressString(host, FieldValues.STRICT_IP).isIPAddress()));
    }

    /**
     * Whether the strict address parser could take the text, judged cheaply so that host names skip it (it builds an
     * exception for each name it refuses). Without a colon only IPv4 forms (digits, dots, wildcards; no hexadecimal,
     * as {@code inet_aton} forms are off) or IPv6 in base 85 (exactly 20 characters) are addresses, so a text without
     * a colon that has a letter and another length is not.
     */
    static boolean mayBeAddress(String host) {
        if (host.length() == 20 || host.indexOf(':') >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** The name parsed against the Public Suffix List, or {@code null} when it is no valid domain name. */
    static @Nullable InternetDomainName domainOrNull(String host) {
        try {
            return InternetDomainName.from(host);
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }
}
