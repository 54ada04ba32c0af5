package org.sitrep.ingest.enrich.derive;

import com.google.common.net.InternetDomainName;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.feeds.fields.RecentValues;

/**
 * What derivation reads from a host name: whether it is an IP literal, its registered domain and public suffix.
 * Parsing a name against the Public Suffix List costs microseconds and feeds repeat their hosts, so the facts of
 * recent hosts are kept in a small direct-mapped table: bounded, no locks, and a lost race only costs a lookup.
 */
record HostFacts(
        boolean ipLiteral,
        @Nullable String registeredDomain,
        @Nullable String publicSuffix) {

    static final HostFacts NONE = new HostFacts(false, null, null);

    private static final HostFacts IP_LITERAL = new HostFacts(true, null, null);

    /**
     * The facts of a host. The registered domain is the public suffix with one more label (Guava's
     * {@code topPrivateDomain()}), cut from the parsed name's labels instead of parsing the name a third time.
     */
    static HostFacts of(@Nullable String host) {
        if (host == null) {
            return NONE;
        }
        if (Hosts.isIpLiteral(host)) {
            return IP_LITERAL;
        }
        InternetDomainName domain = Hosts.domainOrNull(host);
        InternetDomainName suffix = domain == null ? null : domain.publicSuffix();
        if (domain == null || suffix == null) {
            return NONE;
        }
        List<String> labels = domain.parts();
        int suffixLabels = suffix.parts().size();
        String registered = labels.size() > suffixLabels
                ? String.join(".", labels.subList(labels.size() - suffixLabels - 1, labels.size()))
                : null;
        return new HostFacts(false, registered, suffix.toString());
    }

    /** A bounded cache of the facts by host name. */
    static final class Cache {
        private final RecentValues<HostFacts> recent = new RecentValues<>(16, HostFacts::of);

        HostFacts facts(@Nullable String host) {
            return host == null ? NONE : recent.get(host);
        }
    }
}
